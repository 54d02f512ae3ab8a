// Evaluation results in IndexedDB: suite runs, and their task results keyed by suite run id plus
// (model, configuration, task), so each result is saved as it completes and a resume skips it.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { parseTaskResults, resultKey, type TaskResult } from '../../core/evaluation/TaskResult';
import { suiteRunSchema, type SuiteRun } from '../../core/evaluation/SuiteRun';

export const EVAL_DB_NAME = 'scg-eval';

interface StoredResult {
  suiteId: string;
  key: string;
  /** Save order (time, then a counter), so results read back in the order they completed. */
  seq: number;
  result: TaskResult;
}

interface EvalDb extends DBSchema {
  suites: { key: string; value: SuiteRun };
  results: { key: [string, string]; value: StoredResult; indexes: { bySuite: string } };
}

export interface EvalResultsStore {
  saveSuite(suite: SuiteRun): Promise<void>;
  /** Every stored suite run, newest first; records that no longer parse are skipped. */
  listSuites(): Promise<SuiteRun[]>;
  putResult(suiteId: string, result: TaskResult): Promise<void>;
  /** The suite's results in the order they were saved. */
  results(suiteId: string): Promise<TaskResult[]>;
  deleteSuite(suiteId: string): Promise<void>;
  close(): void;
}

export async function openEvalResultsStore(name = EVAL_DB_NAME): Promise<EvalResultsStore> {
  const db: IDBPDatabase<EvalDb> = await openDB<EvalDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore('suites', { keyPath: 'id' });
      database.createObjectStore('results', { keyPath: ['suiteId', 'key'] }).createIndex('bySuite', 'suiteId');
    },
  });
  let counter = 0;
  return {
    async saveSuite(suite) {
      await db.put('suites', suiteRunSchema.parse(suite));
    },
    async listSuites() {
      const rows: unknown[] = await db.getAll('suites');
      const suites = rows.flatMap((row) => {
        const parsed = suiteRunSchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      });
      return suites.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async putResult(suiteId, result) {
      counter = (counter + 1) % 1000;
      await db.put('results', { suiteId, key: resultKey(result), seq: Date.now() * 1000 + counter, result });
    },
    async results(suiteId) {
      const rows = await db.getAllFromIndex('results', 'bySuite', suiteId);
      // Rows come from storage, so they are parsed again rather than trusted.
      return parseTaskResults(rows.sort((a, b) => a.seq - b.seq).map((row) => row.result));
    },
    async deleteSuite(suiteId) {
      const tx = db.transaction(['suites', 'results'], 'readwrite');
      const keys = await tx.objectStore('results').index('bySuite').getAllKeys(suiteId);
      await Promise.all([
        ...keys.map((key) => tx.objectStore('results').delete(key)),
        tx.objectStore('suites').delete(suiteId),
        tx.done,
      ]);
    },
    close: () => db.close(),
  };
}
