// Brings a stage's pane (or, for the task, the task editor) into view and focuses it: the row of stages calls it.
import type { StageName } from '../../core/trace';
import { PANES } from '../panes/paneRegistry';

/** The pane that shows a stage's record: its own, or the one that lists it under `shows` (revision: Diff). */
export function paneIdOfStage(stage: StageName): string | null {
  return (PANES.find((p) => p.stage === stage) ?? PANES.find((p) => p.shows?.includes(stage)))?.id ?? null;
}

export function showStagePane(id: 'task' | StageName): void {
  const testId = id === 'task' ? 'task-text' : `pane-${paneIdOfStage(id) ?? ''}`;
  const element = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!element) return;
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
}
