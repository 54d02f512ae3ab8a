// Decides what an import stores: new ids are added, a stored entry is replaced only by a strictly
// newer copy, and duplicate ids inside the file collapse to their newest copy first.
import type { FeedbackEntry } from './FeedbackEntry';

export interface ImportCounts {
  /** Ids that were not stored before. */
  added: number;
  /** Stored entries replaced by a newer copy from the file. */
  updated: number;
  /** Stored entries kept because the stored copy is newer than the file's. */
  keptNewerLocal: number;
  /** Stored entries identical in age to the file's copy (e.g. re-importing one's own export). */
  unchanged: number;
  /** Entries dropped because the file held a newer (or later, when equally old) copy of the same id. */
  duplicatesInFile: number;
}

/** The moment an entry last changed: updatedAt when present (older files lack it), else createdAt. */
export function feedbackStamp(entry: Pick<FeedbackEntry, 'createdAt' | 'updatedAt'>): string {
  return entry.updatedAt ?? entry.createdAt;
}

/** Negative when a is older than b; ISO dates compare as instants, anything else as text. */
export function compareStamps(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (!Number.isNaN(ta) && !Number.isNaN(tb)) return ta - tb;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function mergeImport(
  fromFile: readonly FeedbackEntry[],
  stored: ReadonlyMap<string, FeedbackEntry>,
): { write: FeedbackEntry[]; counts: ImportCounts } {
  const newest = new Map<string, FeedbackEntry>();
  let duplicatesInFile = 0;
  for (const entry of fromFile) {
    const seen = newest.get(entry.id);
    if (seen) duplicatesInFile += 1;
    // On equal stamps the later copy in the file wins, as a later line of an export would.
    if (!seen || compareStamps(feedbackStamp(entry), feedbackStamp(seen)) >= 0) newest.set(entry.id, entry);
  }
  const counts: ImportCounts = { added: 0, updated: 0, keptNewerLocal: 0, unchanged: 0, duplicatesInFile };
  const write: FeedbackEntry[] = [];
  for (const entry of newest.values()) {
    const local = stored.get(entry.id);
    const order = local ? compareStamps(feedbackStamp(entry), feedbackStamp(local)) : 1;
    if (!local) counts.added += 1;
    else if (order > 0) counts.updated += 1;
    else if (order < 0) counts.keptNewerLocal += 1;
    else counts.unchanged += 1;
    if (!local || order > 0) write.push(entry);
  }
  return { write, counts };
}

/** The import result in words, e.g. "12 stored: 9 new, 3 updated; 2 kept because your copy is newer; 1 duplicate in the file." */
export function importSummary(c: ImportCounts): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [`${c.added + c.updated} stored: ${c.added} new, ${c.updated} updated`];
  if (c.keptNewerLocal) parts.push(`${c.keptNewerLocal} kept because your copy is newer`);
  if (c.unchanged) parts.push(`${c.unchanged} already up to date`);
  if (c.duplicatesInFile) parts.push(`${plural(c.duplicatesInFile, 'duplicate')} in the file`);
  return `${parts.join('; ')}.`;
}
