// Credits a run's outcome to the feedback that shaped it: accepting a revision counts as a good
// outcome for every suppression and note applied in that run, rejecting it as a bad one; a new
// verdict on a finding that contradicts an older one (confirm vs false positive on the same rule
// and pattern) counts as a bad outcome for the older entry.
import type { RunTrace } from '../trace';
import { stageOutput } from '../trace';
import type { FeedbackEntry } from './FeedbackEntry';
import { feedbackIdsIn } from './suppressFinding';

/** Ids of feedback entries applied in a run: suppressions in its analyses and notes in its retrieval tree. */
export function feedbackUsedIn(trace: Pick<RunTrace, 'stages'>): string[] {
  const ids = new Set<string>();
  for (const f of stageOutput(trace, 'analysis')?.suppressed ?? [])
    for (const id of feedbackIdsIn(f.suppressedBy)) ids.add(id);
  for (const cwe of stageOutput(trace, 'retrieval')?.cwes ?? []) {
    for (const g of cwe.guidelines) if (g.source === 'feedback') ids.add(g.id);
  }
  return [...ids];
}

// Each change stamps updatedAt so an import can tell which copy of an entry is newer.
export function applyOutcome(
  entries: readonly FeedbackEntry[],
  usedIds: readonly string[],
  good: boolean,
  now = new Date(),
): FeedbackEntry[] {
  const used = new Set(usedIds);
  return entries
    .filter((e) => used.has(e.id))
    .map((e) => ({
      ...e,
      updatedAt: now.toISOString(),
      outcomes: { good: e.outcomes.good + (good ? 1 : 0), bad: e.outcomes.bad + (good ? 0 : 1) },
    }));
}

/** Older finding verdicts the new one contradicts, each with one more bad outcome. */
export function contradicted(
  entries: readonly FeedbackEntry[],
  next: FeedbackEntry,
  now = new Date(),
): FeedbackEntry[] {
  const t = next.target;
  if (t.kind !== 'finding' || next.verdict === 'note') return [];
  const opposite = next.verdict === 'confirm' ? 'false-positive' : 'confirm';
  return entries
    .filter(
      (e) =>
        e.verdict === opposite &&
        e.target.kind === 'finding' &&
        e.target.rule === t.rule &&
        e.target.pattern === t.pattern,
    )
    .map((e) => ({ ...e, updatedAt: now.toISOString(), outcomes: { ...e.outcomes, bad: e.outcomes.bad + 1 } }));
}
