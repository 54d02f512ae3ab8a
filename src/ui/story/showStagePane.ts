// Shows a stage: its pane moves into the large pane of the playground and takes the keyboard focus (for the task,
// the task editor is focused). The row of stages calls it.
import type { StageName } from '../../core/trace';
import { PANES } from '../panes/paneRegistry';
import { useStageFocusStore } from '../../state/stageFocusStore';

/** The pane that shows a stage's record: its own, or the one that lists it under `shows` (revision: Diff). */
export function paneIdOfStage(stage: StageName): string | null {
  return (PANES.find((p) => p.stage === stage) ?? PANES.find((p) => p.shows?.includes(stage)))?.id ?? null;
}

export function showStagePane(id: 'task' | StageName): void {
  const paneId = id === 'task' ? null : paneIdOfStage(id);
  if (paneId) useStageFocusStore.getState().focus(paneId);
  const testId = id === 'task' ? 'task-text' : `pane-${paneId ?? ''}`;
  // The pane is re-rendered in the large pane by the store change: focus it once that has happened.
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!element) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    element.focus({ preventScroll: true });
  });
}
