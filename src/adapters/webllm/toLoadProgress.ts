// Turns WebLLM's initProgressCallback report into our LoadProgress: the phase is read from the text,
// because WebLLM restarts `progress` at 0 in every phase.
import type { LoadProgress } from '../../core/generation/LlmEngine';

export interface InitReport {
  progress: number;
  timeElapsed: number;
  text: string;
}

const PHASES: [RegExp, LoadProgress['phase']][] = [
  [/^Fetching param cache|^Start to fetch params|Fetching/i, 'download'],
  [/^Loading model from cache/i, 'cache'],
  [/shader|Compiling|pipeline/i, 'shader'],
  [/^Finish loading/i, 'ready'],
];

export function toLoadProgress(report: InitReport): LoadProgress {
  const text = report.text.trim();
  const phase = PHASES.find(([test]) => test.test(text))?.[1] ?? 'other';
  const progress = Number.isFinite(report.progress) ? Math.min(1, Math.max(0, report.progress)) : 0;
  return { progress: phase === 'ready' ? 1 : progress, phase, text };
}
