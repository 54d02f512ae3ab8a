// The port through which a run reads current team feedback (the browser keeps it in IndexedDB).
import type { FeedbackSnapshot } from './FeedbackEntry';

export interface FeedbackPort {
  /** Active suppressions and notes at the moment the run starts a stage. */
  snapshot(): FeedbackSnapshot;
}
