// Results persist per suite run, overwrite by (model, config, task), read back in order, and go away with their suite.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openEvalResultsStore } from './evalResultsStore';
import type { SuiteRun } from '../../core/evaluation/SuiteRun';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { taskResult } from '../../core/evaluation/taskResultTestKit';

const suite = (id: string, createdAt: string): SuiteRun => ({
  id,
  name: 'gallery',
  createdAt,
  model: 'scripted',
  configIds: ['baseline'],
  testTimeoutMs: 5000,
  status: 'running',
  wallMs: 0,
  tasks: [{ id: 'py-ping-host', language: 'python', kind: 'nl', prompt: 'ping', cwe: 'CWE-78' }],
});

const result = (id: string, config: string, secure: boolean): TaskResult =>
  taskResult({
    id,
    config,
    model: 'scripted',
    secure,
    passed: true,
    cwes: ['CWE-78'],
    retrievalHit: true,
    functional: { ms: 3, timedOut: false },
    code: 'x = 1',
    ms: 10,
  });

describe('evalResultsStore', () => {
  it('keeps suites newest first and their results in completion order', async () => {
    const store = await openEvalResultsStore('t1');
    await store.saveSuite(suite('a', '2024-01-01T00:00:00Z'));
    await store.saveSuite(suite('b', '2024-02-01T00:00:00Z'));
    await store.putResult('a', result('t2', 'baseline', true));
    await store.putResult('a', result('t1', 'baseline', false));
    await store.putResult('b', result('t9', 'baseline', true));
    expect((await store.listSuites()).map((s) => s.id)).toEqual(['b', 'a']);
    expect((await store.results('a')).map((r) => r.id)).toEqual(['t2', 't1']);
    store.close();
  });

  it('survives reopening, overwrites a repeated key and updates the suite status', async () => {
    const first = await openEvalResultsStore('t2');
    await first.saveSuite(suite('a', '2024-01-01T00:00:00Z'));
    await first.putResult('a', result('t1', 'baseline', false));
    await first.putResult('a', result('t1', 'baseline', true));
    first.close();
    const again = await openEvalResultsStore('t2');
    const results = await again.results('a');
    expect(results).toHaveLength(1);
    expect(results[0]?.secure).toBe(true);
    await again.saveSuite({ ...suite('a', '2024-01-01T00:00:00Z'), status: 'done' });
    expect((await again.listSuites())[0]?.status).toBe('done');
    again.close();
  });

  it('deletes a suite with its results only', async () => {
    const store = await openEvalResultsStore('t3');
    await store.saveSuite(suite('a', '2024-01-01T00:00:00Z'));
    await store.saveSuite(suite('b', '2024-02-01T00:00:00Z'));
    await store.putResult('a', result('t1', 'baseline', true));
    await store.putResult('b', result('t1', 'baseline', true));
    await store.deleteSuite('a');
    expect((await store.listSuites()).map((s) => s.id)).toEqual(['b']);
    expect(await store.results('a')).toEqual([]);
    expect(await store.results('b')).toHaveLength(1);
    store.close();
  });

  it('refuses to store a malformed suite', async () => {
    const store = await openEvalResultsStore('t4');
    await expect(store.saveSuite({ ...suite('a', 'x'), status: 'paused' } as unknown as SuiteRun)).rejects.toThrow();
    store.close();
  });
});
