// Named selectors of the focus store (the line in focus and its slice), used with useShallow.
import type { FocusState } from './focusStore';

export const selectFocus = (s: FocusState) => ({
  line: s.line,
  sliceLines: s.sliceLines,
  showSlice: s.showSlice,
  focus: s.focus,
  toggleSlice: s.toggleSlice,
});

export const selectFocusAction = (s: FocusState) => s.focus;
