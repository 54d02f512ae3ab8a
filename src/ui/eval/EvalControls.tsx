// Run, Cancel and Resume, with a progress bar and the time left.
import { useEvalStore } from '../../state/evalStore';
import { formatDuration } from './format';
import { useShallow } from 'zustand/react/shallow';
import { selectEvalProgress } from '../../state/evalSelectors';
import { describeSkipped } from '../../core/evaluation/referenceCheck';

export function EvalControls() {
  const { running, progress, current, error, run, cancel, resume } = useEvalStore(useShallow(selectEvalProgress));
  const canResume = !running && current !== null && current.status !== 'done';
  const share = progress && progress.total > 0 ? progress.done / progress.total : 0;
  return (
    <div className="eval-box">
      <div className="row">
        <button type="button" className="primary" disabled={running} onClick={() => void run()} data-testid="eval-run">
          Run suite
        </button>
        <button type="button" disabled={!running} onClick={cancel} data-testid="eval-cancel">
          Cancel
        </button>
        <button type="button" disabled={!canResume} onClick={() => void resume()} data-testid="eval-resume">
          Resume
        </button>
      </div>
      {progress && (
        <div className="eval-progress" data-testid="eval-progress">
          <progress max={progress.total} value={progress.done} />
          <span className="small" data-testid="eval-progress-text">
            {progress.done} / {progress.total} runs
            {running && ` · ${formatDuration(progress.etaMs)} left`}
            {!running && ` · ${Math.round(share * 100)}%`}
          </span>
        </div>
      )}
      {current && (
        <p className="small muted" data-testid="eval-suite-status">
          {current.name} · {current.model} ·{' '}
          <span data-status={current.status}>
            {running ? 'running' : current.status === 'running' ? 'interrupted (resume it)' : current.status}
          </span>
        </p>
      )}
      {current?.skipped && current.skipped.length > 0 && (
        <p className="small notice" data-testid="eval-skipped">
          {describeSkipped(current.skipped, current.tasks.length + current.skipped.length)}
        </p>
      )}
      {error && (
        <p className="error small" role="alert" data-testid="eval-error">
          {error.message} {error.detail}
        </p>
      )}
    </div>
  );
}
