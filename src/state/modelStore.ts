// Model state: WebGPU status, the device's catalog, the selection, load progress and the engine the pipeline uses.
import { create } from 'zustand';
import { toErrorRecord, type ErrorRecord } from '../core/errors';
import {
  defaultModelId,
  findCatalogModel,
  modelsForDevice,
  resolveForDevice,
  smallerModel,
} from '../adapters/webllm/modelCatalog';
import type { ModelHost, ModelStoreDeps } from '../adapters/webllm/ModelStoreDeps';
import { customModelRecord } from '../adapters/webllm/customModelRecord';
import { browserModelDeps } from '../adapters/webllm/browserModelDeps';
import type { LoadState, ModelState } from './ModelState';
import { storagePreflight } from './storagePreflight';

/** The catalog lookup the model picker's details show; the UI reaches the WebLLM catalog only through here. */
export { findCatalogModel };

export type { EngineSource, LoadState, LoadOptions, ModelState } from './ModelState';

export function createModelStore(deps: ModelStoreDeps) {
  let host: ModelHost | null = null;
  // Each load gets a number; a result from a load that was cancelled or superseded is dropped.
  let loadSeq = 0;
  // The engine and state of the source not shown, kept so switching back does not lose a loaded model.
  let parked: Pick<ModelState, 'engine' | 'loadState'> = { engine: null, loadState: { status: 'idle' } };

  return create<ModelState>()((set, get) => {
    /** An error state; out of GPU memory (or a lost device) also names a smaller model to try. */
    const failed = (modelId: string, error: ErrorRecord): LoadState => {
      const smaller = error.code === 'MODEL_OUT_OF_MEMORY' ? smallerModel(modelId, get().catalog)?.id : undefined;
      return smaller ? { status: 'error', modelId, error, smaller } : { status: 'error', modelId, error };
    };
    /** The record web-llm needs for a model outside its prebuilt list (a custom URL or a disk model), else null. */
    const recordFor = (id: string) => [get().custom, ...get().diskModels].find((r) => r?.model_id === id) ?? null;
    const ensureHost = () => {
      if (host) return host;
      host = deps.connect();
      // A device lost under a loaded model: the run in flight fails on its own; the picker offers a reload.
      host.onLost?.((error) => {
        const { loadState, override, source } = get();
        if (override || source !== 'webgpu' || loadState.status !== 'ready') return;
        set({ engine: null, loadState: failed(loadState.modelId, error) });
      });
      return host;
    };

    return {
      source: 'webgpu',
      webgpu: null,
      catalog: [],
      selectedId: null,
      custom: null,
      diskModels: deps.savedDiskModels?.() ?? [],
      cached: {},
      storage: null,
      loadState: { status: 'idle' },
      engine: null,
      override: null,

      async detect() {
        const webgpu = await deps.detectWebGpu();
        const device = { f16: webgpu.ok && webgpu.f16 };
        const current = get().selectedId;
        set({
          webgpu,
          catalog: modelsForDevice(device),
          selectedId: current ? resolveForDevice(current, device) : defaultModelId(device),
        });
        if (webgpu.ok && !get().override) {
          // Cache badges need the 6 MB web-llm worker; they are refreshed when the details open,
          // so the first screen never pays for it.
          set({ storage: await deps.storageStatus() });
        }
      },

      select(id) {
        set({ selectedId: id });
      },

      setCustom(input) {
        try {
          const custom = customModelRecord(input, deps.origin());
          set({ custom, selectedId: custom.model_id });
          return null;
        } catch (error) {
          return toErrorRecord(error, 'BAD_INPUT');
        }
      },

      host: () => ensureHost(),
      recordFor,

      addDiskModel(record) {
        const diskModels = [...get().diskModels.filter((r) => r.model_id !== record.model_id), record];
        deps.saveDiskModels?.(diskModels);
        set({ diskModels, selectedId: record.model_id });
      },

      async load(options = {}) {
        const { selectedId, webgpu, override, loadState, source } = get();
        if (override || source !== 'webgpu' || !selectedId || loadState.status === 'loading') return;
        if (!webgpu?.ok) {
          const error: ErrorRecord = {
            code: 'WEBGPU_UNAVAILABLE',
            message: webgpu?.message ?? 'WebGPU was not detected.',
            hint: webgpu?.hint,
          };
          set({ loadState: { status: 'error', modelId: selectedId, error } });
          return;
        }
        const custom = recordFor(selectedId);
        const modelId = custom ? selectedId : resolveForDevice(selectedId, webgpu);
        const seq = ++loadSeq;
        set({
          engine: null,
          loadState: { status: 'loading', modelId, progress: { progress: 0, phase: 'other', text: 'Starting…' } },
        });
        const engine = ensureHost();
        const cached = get().cached[modelId] === true;
        const preflight = await storagePreflight(deps, modelId, cached, options.ignoreStorage === true);
        set({ storage: preflight.storage });
        if (seq !== loadSeq) return;
        if (preflight.error) {
          set({ loadState: { status: 'error', modelId, error: preflight.error, beforeDownload: true } });
          return;
        }
        try {
          await engine.load(modelId, custom, (progress) => {
            if (seq === loadSeq) set({ loadState: { status: 'loading', modelId, progress } });
          });
          if (seq !== loadSeq) return;
          set({
            engine,
            loadState: { status: 'ready', modelId, gpuVendor: engine.vendor() },
            cached: { ...get().cached, [modelId]: true },
          });
        } catch (caught) {
          if (seq !== loadSeq) return;
          const error = toErrorRecord(caught, 'MODEL_LOAD_FAILED');
          // The worker removed only files proven bad; good shards stay, so the model is partly cached at most.
          set({
            loadState: error.code === 'ABORTED' ? { status: 'idle' } : failed(modelId, error),
            cached: { ...get().cached, [modelId]: false },
          });
        }
        set({ storage: await deps.storageStatus() });
      },

      async cancelLoad() {
        loadSeq++;
        set({ engine: get().override ? get().engine : null, loadState: { status: 'idle' } });
        await host?.cancelLoad();
      },

      async deleteCached(id) {
        const { loadState } = get();
        if (loadState.status !== 'idle' && loadState.status !== 'error' && loadState.modelId === id)
          await get().cancelLoad();
        await ensureHost().deleteFromCache(id, recordFor(id));
        // A disk model has no other source: once its files are gone, so is its entry.
        const diskModels = get().diskModels.filter((r) => r.model_id !== id);
        if (diskModels.length !== get().diskModels.length) deps.saveDiskModels?.(diskModels);
        set({ diskModels, cached: { ...get().cached, [id]: false }, storage: await deps.storageStatus() });
      },

      async refreshCached() {
        const { catalog, custom, diskModels } = get();
        const engine = ensureHost();
        const ids = catalog.map((m) => m.id);
        const entries = await Promise.all(ids.map(async (id) => [id, await engine.hasInCache(id, null)] as const));
        const cached: Record<string, boolean> = Object.fromEntries(entries);
        for (const record of custom ? [custom, ...diskModels] : diskModels)
          cached[record.model_id] = await engine.hasInCache(record.model_id, record);
        set({ cached });
      },

      async persistStorage() {
        await deps.requestPersistentStorage();
        set({ storage: await deps.storageStatus() });
      },

      useEngineOverride(engine) {
        loadSeq++;
        set({
          override: { label: engine.label },
          engine,
          loadState: { status: 'ready', modelId: engine.model() ?? engine.kind, gpuVendor: '' },
        });
      },

      setSource(source) {
        const { override, engine, loadState } = get();
        if (override || source === get().source) return;
        if (loadState.status === 'loading') void get().cancelLoad();
        const shown = loadState.status === 'loading' ? { engine: null, loadState: { status: 'idle' as const } } : null;
        set({ source, ...parked });
        parked = shown ?? { engine, loadState };
      },

      useServerEngine(engine) {
        if (get().override || get().source !== 'server') return;
        set(
          engine
            ? { engine, loadState: { status: 'ready', modelId: engine.model() ?? engine.kind, gpuVendor: '' } }
            : { engine: null, loadState: { status: 'idle' } },
        );
      },
    };
  });
}

export type { ModelHost, ModelStoreDeps } from '../adapters/webllm/ModelStoreDeps';

export const useModelStore = createModelStore(browserModelDeps);
