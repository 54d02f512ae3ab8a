// The evaluation store over real core stages (fixture KB), the scripted engine and IndexedDB:
// results persist as they land, a cancelled suite resumes without repeating work, a reload sees it.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvalStore, type EvalStoreDeps } from './createEvalStore';
import { openEvalResultsStore } from '../adapters/idb/evalResultsStore';
import { ScriptedEngine } from '../adapters/scripted/ScriptedEngine';
import { createStages } from '../core/createStages';
import { fixtureNodePorts } from '../adapters/node/fixtureNodePorts';
import type { PipelineStages } from '../core/pipeline';
import type { Task } from '../core/task/Task';
import type { LlmEngine } from '../core/generation/LlmEngine';

const fence = '```';
const reply = `${fence}python\nimport subprocess\n\ndef ping(host):\n    return subprocess.check_output(["ping", "-c", "1", host])\n${fence}`;
const tasks: Task[] = ['a', 'b', 'c'].map((id) => ({
  id: `py-${id}`,
  language: 'python',
  kind: 'nl',
  cwe: 'CWE-78',
  entry: 'ping',
  tests: 'assert ping("x")',
  prompt: 'Write a Python function ping(host) that runs the system ping command with subprocess.',
}));

let stages: PipelineStages;
beforeAll(async () => {
  stages = createStages(await fixtureNodePorts());
});

function deps(dbName: string, engine: LlmEngine | null, ran: string[] = []): EvalStoreDeps {
  return {
    openResults: () => openEvalResultsStore(dbName),
    stages: async () => stages,
    engine: () => engine,
    functionalRunner: () => ({
      run: async (p) => {
        ran.push(p.code);
        return { passed: true, ms: 1, timedOut: false };
      },
    }),
    gallery: () => tasks,
  };
}

describe('createEvalStore', () => {
  it('runs the chosen subset under each configuration and persists every result', async () => {
    const store = createEvalStore(deps('e1', new ScriptedEngine({ rules: [{ reply }] })));
    store.getState().setChoice({ choiceKind: 'subset', subset: ['py-a', 'py-c'] });
    await store.getState().run();
    const state = store.getState();
    expect(state.current).toMatchObject({ status: 'done', name: '2 chosen tasks', model: 'scripted' });
    expect(state.results).toHaveLength(6);
    expect(state.progress).toMatchObject({ done: 6, total: 6 });
    const reloaded = createEvalStore(deps('e1', null));
    await reloaded.getState().init();
    expect(reloaded.getState().current?.id).toBe(state.current?.id);
    expect(reloaded.getState().results.map((r) => `${r.config}/${r.id}`)).toEqual(
      state.results.map((r) => `${r.config}/${r.id}`),
    );
  });

  it('cancels mid-suite and resumes without repeating finished runs', async () => {
    const ran: string[] = [];
    const engine = new ScriptedEngine({ rules: [{ reply }], tokenDelayMs: 2 });
    const store = createEvalStore(deps('e2', engine, ran));
    store.setState({ configIds: ['baseline'] });
    const unsubscribe = store.subscribe((s) => {
      if (s.results.length === 1) s.cancel();
    });
    await store.getState().run();
    unsubscribe();
    expect(store.getState().current?.status).toBe('cancelled');
    expect(store.getState().results).toHaveLength(1);
    // A fresh page: the cancelled suite is shown and resumed from IndexedDB.
    const reloaded = createEvalStore(deps('e2', engine, ran));
    await reloaded.getState().init();
    await reloaded.getState().resume();
    expect(reloaded.getState().current?.status).toBe('done');
    expect(reloaded.getState().results.map((r) => r.id)).toEqual(['py-a', 'py-b', 'py-c']);
    expect(ran).toHaveLength(3);
  });

  it('refuses to resume with a different model and to run without configurations', async () => {
    const store = createEvalStore(deps('e3', new ScriptedEngine({ rules: [{ reply }] })));
    store.setState({ configIds: [] });
    await store.getState().run();
    expect(store.getState().error?.message).toContain('configuration');
    store.setState({
      configIds: ['baseline'],
      current: {
        id: 's',
        name: 'x',
        createdAt: '',
        tasks,
        configIds: ['baseline'],
        model: 'other-model',
        testTimeoutMs: 1000,
        status: 'cancelled',
        wallMs: 0,
      },
    });
    await store.getState().resume();
    expect(store.getState().error?.message).toContain('other-model');
  });

  it('without a model refuses a suite with no reference solution and saves nothing', async () => {
    const store = createEvalStore(deps('e4', null));
    await store.getState().init();
    await store.getState().run();
    expect(store.getState().error?.message).toContain('None of the 3 tasks has a reference solution');
    expect(store.getState().current).toBeNull();
    expect(await (await openEvalResultsStore('e4')).listSuites()).toEqual([]);
  });

  it('without a model checks the references once each and says which tasks were skipped', async () => {
    const code = 'import subprocess\n\ndef ping(host):\n    return subprocess.run(["ping", "-c", "1", host])\n';
    const withReference = tasks.map((t, i) => (i === 1 ? { ...t, reference: code } : t));
    const store = createEvalStore({ ...deps('e5', null), gallery: () => withReference });
    expect(store.getState().configIds.length).toBeGreaterThan(1);
    await store.getState().run();
    const { current, results, error } = store.getState();
    expect(error).toBeNull();
    expect(results.map((r) => `${r.config}/${r.id}/${r.model}`)).toEqual(['baseline/py-b/reference']);
    expect(current).toMatchObject({ status: 'done', configIds: ['baseline'] });
    expect(current?.skipped?.map((s) => s.id)).toEqual(['py-a', 'py-c']);
    expect(current?.skipped?.[0]?.reason).toContain('no reference solution');
  });
});
