// Feedback persisted in IndexedDB (idb): one object store keyed by entry id. Imports are parsed and
// validated in full first and then written in one transaction, so a refused file changes nothing.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FeedbackEntry } from '../../core/feedback/FeedbackEntry';
import { feedbackEntrySchema } from '../../core/feedback/feedbackSchema';
import { feedbackFile, parseFeedbackFile } from '../../core/feedback/parseFeedbackFile';

interface FeedbackDb extends DBSchema {
  feedback: { key: string; value: FeedbackEntry };
}

export interface FeedbackRepository {
  list(): Promise<FeedbackEntry[]>;
  /** Adds or replaces entries (by id) in one transaction. */
  put(entries: readonly FeedbackEntry[]): Promise<void>;
  remove(id: string): Promise<void>;
  exportFile(): Promise<string>;
  /** Validates the whole file, then stores its entries; throws IMPORT_INVALID and stores nothing when it is bad. */
  importFile(text: string, bytes?: number): Promise<{ imported: number }>;
}

export const FEEDBACK_DB = 'scg-feedback';

export function feedbackStoreIdb(name = FEEDBACK_DB): FeedbackRepository {
  let db: Promise<IDBPDatabase<FeedbackDb>> | null = null;
  const open = () => (db ??= openDB<FeedbackDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore('feedback', { keyPath: 'id' });
    },
  }));
  const put = async (entries: readonly FeedbackEntry[]): Promise<void> => {
    const tx = (await open()).transaction('feedback', 'readwrite');
    await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
  };
  const list = async (): Promise<FeedbackEntry[]> => {
    const rows = await (await open()).getAll('feedback');
    // Rows written by an older build or by hand are skipped rather than trusted.
    return rows.flatMap((row) => {
      const parsed = feedbackEntrySchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    }).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  };
  return {
    list,
    put,
    async remove(id) {
      await (await open()).delete('feedback', id);
    },
    async exportFile() {
      return feedbackFile(await list());
    },
    async importFile(text, bytes) {
      const entries = parseFeedbackFile(text, bytes);
      await put(entries);
      return { imported: entries.length };
    },
  };
}
