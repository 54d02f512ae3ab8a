// Recorded demo runs (public/recorded): the list and the traces, fetched and validated once after the
// knowledge base is ready, then kept in memory, so opening one needs no model and no network.
import { create } from 'zustand';
import type { RunTrace } from '../core/trace';
import type { RecordedRunInfo, RecordedIndex } from '../core/recordedRuns';
import { isRecordedTrace } from '../core/recordedRuns';
import { useRunStore } from './runStore';

export interface RecordedState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  runs: RecordedRunInfo[];
  error: string | null;
  /** Fetches the list and every trace; a second call while loading or after success does nothing. */
  load(): Promise<void>;
  /** Shows a recorded run in the panes (the first one when no id is given); false when it is not loaded. */
  open(id?: string): boolean;
}

/** Kept out of the store's state: the panes read the trace from the run store once it is opened. */
const traces = new Map<string, RunTrace>();

export const useRecordedStore = create<RecordedState>((set, get) => ({
  status: 'idle',
  runs: [],
  error: null,

  async load() {
    if (get().status === 'loading' || get().status === 'ready') return;
    set({ status: 'loading', error: null });
    try {
      const base = new URL(`${import.meta.env.BASE_URL}recorded/`, location.origin);
      const index = (await fetchJsonText(new URL('index.json', base))) as RecordedIndex;
      const { parseTraceText } = await import('../core/traceIo');
      for (const run of index.runs) {
        const trace = parseTraceText(await fetchText(new URL(run.file, base)));
        // Only traces that say they were recorded with our answers are offered as recorded runs.
        if (!isRecordedTrace(trace) || trace.runId !== run.id) throw new Error(`${run.file} is not a recorded run`);
        traces.set(run.id, trace);
      }
      set({ status: 'ready', runs: index.runs });
    } catch (error) {
      set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  },

  open(id) {
    const trace = traces.get(id ?? get().runs[0]?.id ?? '');
    if (!trace) return false;
    useRunStore.getState().showTrace(trace);
    return true;
  },
}));

async function fetchText(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.text();
}

async function fetchJsonText(url: URL): Promise<unknown> {
  return JSON.parse(await fetchText(url)) as unknown;
}
