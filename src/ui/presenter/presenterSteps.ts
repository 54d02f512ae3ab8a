// Presenter navigation as plain functions: which step a deep link names, which key moves where.
export interface StepSpec {
  id: string;
  stage: string;
}

/** The step a `stage=` parameter names (a stage name like "generation" or a pane id like "output"); 0 otherwise. */
export function stepIndex(steps: readonly StepSpec[], param: string | null): number {
  if (!param) return 0;
  const wanted = param.toLowerCase();
  const found = steps.findIndex((s) => s.stage === wanted || s.id === wanted);
  return found < 0 ? 0 : found;
}

export type StepMove = 'next' | 'previous' | 'first' | 'last';

const KEYS: Record<string, StepMove> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

export function keyMove(key: string): StepMove | null {
  return KEYS[key] ?? null;
}

/** The index after a move, kept inside 0..count-1 (no wrap-around: a presenter should not loop by accident). */
export function moveStep(index: number, move: StepMove, count: number): number {
  if (count <= 0) return 0;
  const last = count - 1;
  if (move === 'first') return 0;
  if (move === 'last') return last;
  return Math.min(last, Math.max(0, index + (move === 'next' ? 1 : -1)));
}
