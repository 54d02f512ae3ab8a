// Evaluation traces are stored compressed per run, read back validated, and go away with their suite.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openEvalTraceStore, traceReference } from './evalTraceStore';
import { fixtureTrace } from '../scripted/fixtureTrace';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { taskResult } from '../../core/evaluation/taskResultTestKit';

const result = (sample: number): TaskResult =>
  taskResult({ id: 'py-ping-host', model: 'scripted', sample, secure: false, code: 'x = 1', ms: 10 });

describe('evalTraceStore', () => {
  it('round-trips a trace per (suite, run), compressed below its JSON size', async () => {
    const store = await openEvalTraceStore('traces-1');
    const trace = await fixtureTrace();
    const key0 = await store.put('s1', result(0), trace);
    const key1 = await store.put('s1', result(1), { ...trace, runId: 'other-run' });
    expect(key0).toBe(traceReference('s1', result(0)));
    expect(key1).not.toBe(key0);
    expect((await store.get(key0))?.runId).toBe(trace.runId);
    expect((await store.get(key1))?.runId).toBe('other-run');
    expect(await store.get('s1 missing')).toBeNull();
    store.close();
    const raw = await openDB('traces-1');
    const row = (await raw.get('traces', key0)) as { gzip: ArrayBuffer };
    expect(row.gzip.byteLength).toBeGreaterThan(100);
    expect(row.gzip.byteLength).toBeLessThan(JSON.stringify(trace).length / 3);
    raw.close();
  });

  it('deletes a suite with its traces only', async () => {
    const store = await openEvalTraceStore('traces-2');
    const trace = await fixtureTrace();
    const a = await store.put('a', result(0), trace);
    const b = await store.put('b', result(0), trace);
    await store.deleteSuite('a');
    expect(await store.get(a)).toBeNull();
    expect((await store.get(b))?.task.id).toBe(trace.task.id);
    store.close();
  });
});
