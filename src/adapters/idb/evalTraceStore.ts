// The whole trace of every evaluation run, gzip-compressed (CompressionStream), in its own IndexedDB
// database so the results database keeps its schema: a results-table cell opens its run's trace from here.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RunTrace } from '../../core/trace';
import { resultKey, type TaskResult } from '../../core/evaluation/TaskResult';
import { MAX_TRACE_BYTES, parseTraceText, serializeTrace } from '../../core/traceIo';

export const EVAL_TRACE_DB_NAME = 'scg-eval-traces';

interface StoredTrace {
  /** `${suiteId} ${resultKey}`: the reference a TaskResult carries as `trace`. */
  key: string;
  suiteId: string;
  gzip: ArrayBuffer;
}

interface TraceDb extends DBSchema {
  traces: { key: string; value: StoredTrace; indexes: { bySuite: string } };
}

export interface EvalTraceStore {
  /** Saves the run's trace compressed and returns its reference. */
  put(suiteId: string, result: TaskResult, trace: RunTrace): Promise<string>;
  /** The trace a reference names, validated like an imported file; null when it is not stored. */
  get(reference: string): Promise<RunTrace | null>;
  deleteSuite(suiteId: string): Promise<void>;
  close(): void;
}

export function traceReference(suiteId: string, result: Pick<TaskResult, 'id' | 'config' | 'model' | 'sample'>) {
  return `${suiteId} ${resultKey(result)}`;
}

export async function openEvalTraceStore(name = EVAL_TRACE_DB_NAME): Promise<EvalTraceStore> {
  const db: IDBPDatabase<TraceDb> = await openDB<TraceDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore('traces', { keyPath: 'key' }).createIndex('bySuite', 'suiteId');
    },
  });
  return {
    async put(suiteId, result, trace) {
      const key = traceReference(suiteId, result);
      // Compact JSON of the validated trace: the compressed form is what counts, not readability.
      const text = JSON.stringify(JSON.parse(serializeTrace(trace)));
      await db.put('traces', { key, suiteId, gzip: await gzip(text) });
      return key;
    },
    async get(reference) {
      const row = await db.get('traces', reference);
      return row ? parseTraceText(await gunzip(row.gzip, MAX_TRACE_BYTES)) : null;
    },
    async deleteSuite(suiteId) {
      const tx = db.transaction('traces', 'readwrite');
      const keys = await tx.store.index('bySuite').getAllKeys(suiteId);
      await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
    },
    close: () => db.close(),
  };
}

async function gzip(text: string): Promise<ArrayBuffer> {
  return new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
}

/** Stops at maxBytes: a stored record is data like any other and is not trusted to be small. */
async function gunzip(bytes: ArrayBuffer, maxBytes: number): Promise<string> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`the stored trace expands past ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
}
