// "Download for later": the selected WebLLM model's files fetched into the browser cache without loading it
// onto the GPU, with progress and cancel; a later download resumes (good shards are kept), and Load then
// finds everything cached. Kept apart from the model store, whose load state it must not disturb.
import { create } from 'zustand';
import { toErrorRecord, type ErrorRecord } from '../core/errors';
import type { LoadProgress } from '../core/generation/LlmEngine';
import type { ModelHost } from '../adapters/webllm/ModelStoreDeps';
import type { CustomModelRecord } from '../adapters/webllm/customModelRecord';
import { useModelStore } from './modelStore';
import { storagePreflight } from './storagePreflight';
import { browserModelDeps } from '../adapters/webllm/browserModelDeps';

export type PrefetchState =
  | { status: 'idle' }
  | { status: 'downloading'; modelId: string; progress: LoadProgress }
  | { status: 'done'; modelId: string }
  | { status: 'cancelled'; modelId: string }
  | { status: 'error'; modelId: string; error: ErrorRecord };

export interface PrefetchDeps {
  host(): ModelHost;
  recordFor(id: string): CustomModelRecord | null;
  markCached(id: string): void;
  /** The storage check every download gets (storagePreflight): an error when the model cannot fit. */
  preflight?(id: string): Promise<ErrorRecord | null>;
}

export function createPrefetchStore(deps: PrefetchDeps) {
  // Set by a Stop pressed before the worker started (during the storage check), where cancelPrefetch would miss it.
  let stopped = false;
  return create<{ state: PrefetchState; prefetch(modelId: string): Promise<void>; cancel(): Promise<void> }>()(
    (set, get) => ({
      state: { status: 'idle' },
      async prefetch(modelId) {
        const host = deps.host();
        if (get().state.status === 'downloading' || !host.prefetch) return;
        const start: LoadProgress = { progress: 0, phase: 'download', text: 'Starting…' };
        set({ state: { status: 'downloading', modelId, progress: start } });
        stopped = false;
        const refused = (await deps.preflight?.(modelId)) ?? null;
        if (stopped) return set({ state: { status: 'cancelled', modelId } });
        if (refused) return set({ state: { status: 'error', modelId, error: refused } });
        try {
          await host.prefetch(modelId, deps.recordFor(modelId), (progress) => {
            if (get().state.status === 'downloading') set({ state: { status: 'downloading', modelId, progress } });
          });
          set({ state: { status: 'done', modelId } });
          deps.markCached(modelId);
        } catch (caught) {
          const error = toErrorRecord(caught, 'MODEL_DOWNLOAD_FAILED');
          set({
            state: error.code === 'ABORTED' ? { status: 'cancelled', modelId } : { status: 'error', modelId, error },
          });
        }
      },
      async cancel() {
        stopped = true;
        await deps.host().cancelPrefetch?.();
      },
    }),
  );
}

export const usePrefetchStore = createPrefetchStore({
  host: () => useModelStore.getState().host(),
  recordFor: (id) => useModelStore.getState().recordFor(id),
  markCached: (id) => useModelStore.setState((s) => ({ cached: { ...s.cached, [id]: true } })),
  preflight: async (id) =>
    (await storagePreflight(browserModelDeps, id, useModelStore.getState().cached[id] === true, false)).error,
});
