// Which stage pane the playground shows large; the others sit compact in the rail beside it. One store, so the
// row of stages, the rail and the start buttons all move the same focus.
import { create } from 'zustand';

/** Before any choice the model's output is shown large: it is what every run is about. */
export const DEFAULT_FOCUSED_PANE = 'output';

export interface StageFocusState {
  /** The id of the pane shown large (a PaneSpec id: 'facets', 'retrieval', ..., 'diff'). */
  focused: string;
  focus(paneId: string): void;
}

export const useStageFocusStore = create<StageFocusState>((set) => ({
  focused: DEFAULT_FOCUSED_PANE,
  focus: (paneId) => set({ focused: paneId }),
}));
