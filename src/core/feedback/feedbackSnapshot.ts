// Turns stored feedback into what a run uses: active false-positive suppressions and weighted notes.
import type { FeedbackEntry, FeedbackSnapshot } from './FeedbackEntry';
import { feedbackWeight, NOTE_MIN_WEIGHT, SUPPRESSION_MIN_WEIGHT } from './feedbackWeight';

export function feedbackSnapshot(entries: readonly FeedbackEntry[]): FeedbackSnapshot {
  const snapshot: FeedbackSnapshot = { suppressions: [], notes: [] };
  for (const e of entries) {
    const weight = feedbackWeight(e.outcomes);
    if (e.verdict === 'false-positive' && e.target.kind === 'finding' && weight >= SUPPRESSION_MIN_WEIGHT) {
      snapshot.suppressions.push({
        feedbackId: e.id,
        rule: e.target.rule,
        language: e.target.language,
        pattern: e.target.pattern,
        note: e.note,
      });
    }
    if (e.note.trim() && weight >= NOTE_MIN_WEIGHT) {
      const cwes = e.target.kind === 'finding' ? [e.target.cwe] : e.target.cwes;
      for (const cwe of cwes)
        snapshot.notes.push({ feedbackId: e.id, cwe, language: e.target.language, text: e.note.trim(), weight });
    }
  }
  return snapshot;
}
