// Load progress: WebLLM restarts its 0..1 progress in each phase, so the bar is labelled with the phase and its text.
import type { LoadProgress } from '../../core/generation/LlmEngine';

const PHASE_LABEL: Record<LoadProgress['phase'], string> = {
  download: 'Downloading',
  cache: 'Reading cache',
  shader: 'Compiling shaders',
  ready: 'Ready',
  other: 'Preparing',
};

export function LoadProgressBar({ progress }: { progress: LoadProgress }) {
  const percent = Math.round(progress.progress * 100);
  return (
    <div className="mp-progress" data-testid="model-progress" data-phase={progress.phase}>
      <progress max={100} value={percent} aria-label={`${PHASE_LABEL[progress.phase]} ${percent}%`} />
      <span className="mp-progress-text" title={progress.text}>
        {PHASE_LABEL[progress.phase]} {percent}% {progress.text && <small>{progress.text}</small>}
      </span>
    </div>
  );
}
