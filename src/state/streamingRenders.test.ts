// Streaming 100 tokens changes only what the live-output view selects: the selections of the
// playground, presenter, run controls and task editor (the four views that used to re-render per
// token) stay the same, judged the way zustand's useShallow judges them.
import { describe, expect, it, vi } from 'vitest';
import { shallow } from 'zustand/shallow';
import type { StoreApi } from 'zustand';
import type { RunTrace } from '../core/trace';
import { DEFAULT_RUN_CONFIG } from '../core/trace';
import { useRunStore } from './runStore';
import { useLiveTextStore, selectLiveText } from './liveTextStore';
import { selectRunActions, selectRunConfig, selectRunStatus, selectShownRun, selectTaskInput } from './runSelectors';

vi.mock('./coreClient', () => ({
  coreApi: () => ({}),
  coreReady: async () => ({ kbVersion: 'test', counts: {}, tasks: [], phases: {} }),
  workerCreatedAt: () => undefined,
}));

const TOKENS = 100;
const measured: { before?: Record<string, number>; after?: Record<string, number> } = {};
let countsNow: () => Record<string, number> = () => ({});

function partialTrace(status: RunTrace['status']): RunTrace {
  return {
    schema: 'scg-trace',
    version: 1,
    runId: 'run-1',
    createdAt: '2026-01-01T00:00:00.000Z',
    task: { id: 'custom', title: 'Custom task', prompt: 'Write a function.', language: 'python', kind: 'nl' },
    config: DEFAULT_RUN_CONFIG,
    engine: null,
    stages: [],
    status,
    totalMs: 0,
  } as unknown as RunTrace;
}

// The pipeline itself needs the core worker; this stand-in reports one stage update, streams tokens
// through the run store's own callbacks and finishes, which is all the store sees of a run.
vi.mock('../core/pipeline', () => ({
  runPipeline: async (
    _request: unknown,
    _stages: unknown,
    options: { onUpdate?: (t: RunTrace) => void; onToken?: (t: { text: string }) => void },
  ) => {
    options.onUpdate?.(partialTrace('ok'));
    measured.before = countsNow();
    for (let i = 0; i < TOKENS; i += 1) options.onToken?.({ text: `t${i} ` });
    measured.after = countsNow();
    return partialTrace('ok');
  },
}));

/** Counts the store notifications after which `select` gives a value useShallow would treat as new (a re-render). */
function countChanges<S, T>(store: StoreApi<S>, select: (s: S) => T): () => number {
  let last = select(store.getState());
  let changes = 0;
  store.subscribe((state) => {
    const next = select(state);
    if (!shallow(last, next)) changes += 1;
    last = next;
  });
  return () => changes;
}

describe('streamed tokens', () => {
  it('re-render only the live output view', async () => {
    const run = useRunStore as unknown as StoreApi<ReturnType<typeof useRunStore.getState>>;
    const views = {
      playground: [countChanges(run, selectShownRun)],
      presenter: [countChanges(run, selectShownRun), countChanges(run, selectRunStatus)],
      runControls: [
        countChanges(run, selectRunStatus),
        countChanges(run, selectRunConfig),
        countChanges(run, selectRunActions),
      ],
      taskEditor: [countChanges(run, selectTaskInput), countChanges(run, selectRunActions)],
      liveOutput: [countChanges(useLiveTextStore, selectLiveText)],
    };
    let runStoreWrites = 0;
    useRunStore.subscribe(() => (runStoreWrites += 1));
    countsNow = () => ({
      ...Object.fromEntries(
        Object.entries(views).map(([name, counters]) => [name, counters.reduce((n, c) => n + c(), 0)]),
      ),
      runStoreWrites,
    });

    await useRunStore
      .getState()
      .runRequest({ task: partialTrace('ok').task, config: DEFAULT_RUN_CONFIG, engine: null });

    const { before, after } = measured;
    expect(before && after).toBeTruthy();
    const during = Object.fromEntries(Object.keys(after!).map((k) => [k, after![k]! - before![k]!]));
    expect(during).toEqual({
      playground: 0,
      presenter: 0,
      runControls: 0,
      taskEditor: 0,
      liveOutput: TOKENS,
      runStoreWrites: 0,
    });
    expect(useLiveTextStore.getState().text.split(' ').filter(Boolean)).toHaveLength(TOKENS);
    expect(useRunStore.getState().running).toBe(false);
  });

  it('selectors give shallow-equal values for an unchanged state, and new ones when a shown field changes', () => {
    const state = useRunStore.getState();
    for (const select of [selectShownRun, selectRunStatus, selectRunConfig, selectRunActions, selectTaskInput])
      expect(shallow(select(state), select(useRunStore.getState()))).toBe(true);
    const config = selectRunConfig(state);
    useRunStore.getState().setConfig({ topK: state.config.topK + 1 });
    expect(shallow(config, selectRunConfig(useRunStore.getState()))).toBe(false);
    expect(shallow(selectTaskInput(state), selectTaskInput(useRunStore.getState()))).toBe(true);
  });
});
