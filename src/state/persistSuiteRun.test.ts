// A suite run that finishes without a single result is deleted, not kept in the history as a result.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { persistSuiteRun } from './persistSuiteRun';
import { openEvalResultsStore } from '../adapters/idb/evalResultsStore';
import { createStages } from '../core/createStages';
import { fixtureNodePorts } from '../adapters/node/fixtureNodePorts';
import type { SuiteRun } from '../core/evaluation/SuiteRun';

const suite: SuiteRun = {
  id: 'suite-empty',
  name: 'no references',
  createdAt: '2026-12-06T00:00:00.000Z',
  // No reference solution and no model: runSuite has nothing to run.
  tasks: [{ id: 't', language: 'python', kind: 'nl', prompt: 'Write a function.' }],
  configIds: ['baseline'],
  model: 'reference',
  testTimeoutMs: 1000,
  status: 'running',
  wallMs: 0,
};

describe('persistSuiteRun', () => {
  it('deletes a finished suite run that produced no results', async () => {
    const store = await openEvalResultsStore('persist-empty');
    const saved = await persistSuiteRun({
      suite,
      resumeFrom: [],
      store,
      stages: createStages(await fixtureNodePorts()),
      engine: null,
      runner: { run: async () => ({ passed: true, ms: 1, timedOut: false }) },
      signal: new AbortController().signal,
      onProgress: () => undefined,
      onResult: () => undefined,
    });
    expect(saved).toBeNull();
    expect(await store.listSuites()).toEqual([]);
  });
});
