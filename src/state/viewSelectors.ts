// Named selectors of the view store, used with useShallow.
import type { ViewState } from './viewStore';

export const selectView = (s: ViewState) => ({ view: s.view, open: s.open });
export const selectOpenView = (s: ViewState) => s.open;
