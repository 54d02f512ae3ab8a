// How much a feedback entry still counts, from the outcomes of later runs it took part in:
// weight = (1 + good) / (1 + good + 2 * bad). A new entry weighs 1; each bad outcome costs twice
// what a good one earns. Suppressions stay active while weight >= 0.5 (so one bad outcome with no
// good one turns a false-positive mark off); notes are ranked by score * weight and dropped below 0.25.
import type { FeedbackEntry } from './FeedbackEntry';

export const SUPPRESSION_MIN_WEIGHT = 0.5;
export const NOTE_MIN_WEIGHT = 0.25;

export function feedbackWeight(outcomes: FeedbackEntry['outcomes']): number {
  return (1 + outcomes.good) / (1 + outcomes.good + 2 * outcomes.bad);
}
