// The evaluation page's K / temperature / seed settings and per-run traces: K samples with seeds S + i,
// every run's trace kept compressed, and a result's trace opened from the table.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvalStore } from './createEvalStore';
import { openEvalResultsStore } from '../adapters/idb/evalResultsStore';
import { openEvalTraceStore } from '../adapters/idb/evalTraceStore';
import { ScriptedEngine } from '../adapters/scripted/ScriptedEngine';
import { createStages } from '../core/createStages';
import { fixtureNodePorts } from '../adapters/node/fixtureNodePorts';
import type { PipelineStages } from '../core/pipeline';
import type { Task } from '../core/task/Task';
import type { RunTrace } from '../core/trace';

const fence = '```';
const reply = `${fence}python\nimport subprocess\n\ndef ping(host):\n    return subprocess.check_output(["ping", host])\n${fence}`;
const tasks: Task[] = [
  { id: 'py-a', language: 'python', kind: 'nl', cwe: 'CWE-78', prompt: 'Write a Python function ping(host).' },
];

let stages: PipelineStages;
beforeAll(async () => {
  stages = createStages(await fixtureNodePorts());
});

describe('createEvalStore sampling and traces', () => {
  it('runs K samples with the temperature and seeds S + i, keeps each trace and opens it', async () => {
    const engine = new ScriptedEngine({ rules: [{ reply }] });
    const shown: RunTrace[] = [];
    const store = createEvalStore({
      openResults: () => openEvalResultsStore('s1'),
      openTraces: () => openEvalTraceStore('s1-traces'),
      showTrace: (trace) => shown.push(trace),
      stages: async () => stages,
      engine: () => engine,
      functionalRunner: () => ({ run: async () => ({ passed: true, ms: 1, timedOut: false }) }),
      gallery: () => tasks,
    });
    store.setState({ configIds: ['baseline'] });
    store.getState().setSampling({ samples: 3, temperature: 0.7 });
    store.getState().setSampling({ seed: 40 });
    await store.getState().run();
    const { results, current } = store.getState();
    expect(current).toMatchObject({ status: 'done', samples: 3, temperature: 0.7, seed: 40 });
    expect(results.map((r) => r.sample)).toEqual([0, 1, 2]);
    expect(engine.requests.map((r) => [r.temperature, r.seed])).toEqual([
      [0.7, 40],
      [0.7, 41],
      [0.7, 42],
    ]);
    expect(new Set(results.map((r) => r.trace)).size).toBe(3);
    expect(await store.getState().openTrace(results[1]!)).toBe(true);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.task.id).toBe('py-a');
    expect(await store.getState().openTrace({ ...results[1]!, trace: 'nowhere' })).toBe(false);
    // Deleting the suite deletes its traces too.
    await store.getState().remove(current!.id);
    expect(await store.getState().openTrace(results[0]!)).toBe(false);
  });
});
