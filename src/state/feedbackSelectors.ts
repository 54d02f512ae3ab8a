// Named selectors of the feedback store, used with useShallow.
import type { FeedbackState } from './feedbackStore';

export const selectFeedbackBar = (s: FeedbackState) => ({
  entries: s.entries,
  message: s.message,
  load: s.load,
  exportFile: s.exportFile,
  importFile: s.importFile,
});

export const selectMarkFinding = (s: FeedbackState) => s.markFinding;
export const selectMarkRevision = (s: FeedbackState) => s.markRevision;
