// Feedback persisted in IndexedDB (idb): one object store keyed by entry id. Every change reads what
// it depends on and writes inside ONE readwrite transaction, which IndexedDB runs one at a time
// across tabs, so a second tab's write is never overwritten by a stale copy. After each change a
// BroadcastChannel message tells other tabs to reload.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FeedbackEntry } from '../../core/feedback/FeedbackEntry';
import { feedbackEntrySchema } from '../../core/feedback/feedbackSchema';
import { feedbackFile, parseFeedbackFile } from '../../core/feedback/parseFeedbackFile';
import { mergeImport, type ImportCounts } from '../../core/feedback/mergeImport';

interface FeedbackDb extends DBSchema {
  feedback: { key: string; value: FeedbackEntry };
}

export interface FeedbackRepository {
  list(): Promise<FeedbackEntry[]>;
  /** Adds brand-new entries (by id) in one transaction; use change() for anything derived from stored entries. */
  put(entries: readonly FeedbackEntry[]): Promise<void>;
  /** Reads the stored entries, lets `derive` compute the entries to write from them, and writes them, in one transaction. */
  change(derive: (stored: readonly FeedbackEntry[]) => readonly FeedbackEntry[]): Promise<void>;
  remove(id: string): Promise<void>;
  exportFile(): Promise<string>;
  /** Validates the whole file, then merges it in one transaction (see mergeImport); throws IMPORT_INVALID and stores nothing when it is bad. */
  importFile(text: string, bytes?: number): Promise<ImportCounts>;
  /** Calls `listener` when another tab (another repository on the same database) changed feedback. */
  onExternalChange(listener: () => void): () => void;
  close(): void;
}

export const FEEDBACK_DB = 'scg-feedback';

// Rows written by an older build or by hand are skipped rather than trusted.
const valid = (rows: unknown[]): FeedbackEntry[] =>
  rows.flatMap((row) => {
    const parsed = feedbackEntrySchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });

export function feedbackStoreIdb(name = FEEDBACK_DB): FeedbackRepository {
  let db: Promise<IDBPDatabase<FeedbackDb>> | null = null;
  const open = () =>
    (db ??= openDB<FeedbackDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('feedback', { keyPath: 'id' });
      },
    }));
  // The channel is named after the database, so tabs on the same database hear each other.
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
  // Node keeps a process alive for an open channel; a browser has no unref.
  (channel as unknown as { unref?: () => void } | null)?.unref?.();
  const announce = () => channel?.postMessage({ type: 'feedback-changed' });

  const write = async (
    derive: (stored: readonly FeedbackEntry[]) => readonly FeedbackEntry[],
    read: boolean,
  ): Promise<void> => {
    const tx = (await open()).transaction('feedback', 'readwrite');
    // Only IndexedDB requests are awaited until tx.done, so the transaction stays open between read and write.
    const stored = read ? valid(await tx.store.getAll()) : [];
    await Promise.all([...derive(stored).map((e) => tx.store.put(e)), tx.done]);
    announce();
  };
  const list = async (): Promise<FeedbackEntry[]> =>
    valid(await (await open()).getAll('feedback')).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return {
    list,
    put: (entries) => write(() => entries, false),
    change: (derive) => write(derive, true),
    async remove(id) {
      await (await open()).delete('feedback', id);
      announce();
    },
    async exportFile() {
      return feedbackFile(await list());
    },
    async importFile(text, bytes) {
      const entries = parseFeedbackFile(text, bytes);
      const result: { counts?: ImportCounts } = {};
      await write((stored) => {
        const merged = mergeImport(entries, new Map(stored.map((e) => [e.id, e])));
        result.counts = merged.counts;
        return merged.write;
      }, true);
      return result.counts!;
    },
    onExternalChange(listener) {
      const handler = () => listener();
      channel?.addEventListener('message', handler);
      return () => channel?.removeEventListener('message', handler);
    },
    close() {
      channel?.close();
      void db?.then((d) => d.close());
    },
  };
}
