import { describe, expect, it, vi } from 'vitest';
import { createModelStore, type ModelHost, type ModelStoreDeps } from './modelStore';
import { PlaygroundError, type ErrorRecord } from '../core/errors';
import type { WebGpuStatus } from '../adapters/webgpu/detectWebGpu';

const SWIFTSHADER: WebGpuStatus = {
  ok: true,
  f16: false,
  vendor: 'google',
  architecture: 'swiftshader',
  description: '',
  software: true,
  limits: { maxBufferMB: 1024, maxStorageBindingMB: 1024, maxInvocations: 256 },
  warnings: [],
};

function fakeHost(load: ModelHost['load']): ModelHost & { deleted: string[]; lose(error: ErrorRecord): void } {
  let loaded: string | null = null;
  const deleted: string[] = [];
  const lostListeners: ((error: ErrorRecord) => void)[] = [];
  return {
    onLost: (listener) => lostListeners.push(listener),
    lose: (error) => {
      loaded = null;
      for (const listener of lostListeners) listener(error);
    },
    kind: 'fake',
    label: 'fake',
    deleted,
    model: () => loaded,
    chat: async () => {
      throw new PlaygroundError('GENERATION_FAILED');
    },
    load: async (id, custom, onProgress) => {
      await load(id, custom, onProgress);
      loaded = id;
    },
    cancelLoad: async () => {
      loaded = null;
    },
    hasInCache: async (id) => id.startsWith('Qwen2.5-Coder-0.5B') && !deleted.includes(id),
    deleteFromCache: async (id) => {
      deleted.push(id);
    },
    vendor: () => 'google',
  };
}

function deps(
  host: ModelHost,
  webgpu: WebGpuStatus = SWIFTSHADER,
): ModelStoreDeps & { connect: ReturnType<typeof vi.fn> } {
  return {
    detectWebGpu: async () => webgpu,
    connect: vi.fn(() => host),
    storageStatus: async () => ({ usageMB: 1, quotaMB: 10000, persisted: false }),
    requestPersistentStorage: vi.fn(async () => true),
    origin: () => 'http://localhost:4173',
  };
}

describe('modelStore', () => {
  it('detect() offers only f32 models without shader-f16 and leaves the worker unstarted', async () => {
    const d = deps(fakeHost(async () => undefined));
    const store = createModelStore(d);
    await store.getState().detect();
    const s = store.getState();
    expect(s.selectedId).toBe('Qwen2.5-Coder-1.5B-Instruct-q4f32_1-MLC');
    expect(s.catalog.every((m) => m.id.includes('q4f32_1'))).toBe(true);
    expect(d.connect).not.toHaveBeenCalled();
    expect(s.engine).toBeNull();
  });

  it('refreshCached() reads cache status through the worker on demand', async () => {
    const store = createModelStore(deps(fakeHost(async () => undefined)));
    await store.getState().detect();
    await store.getState().refreshCached();
    expect(store.getState().cached['Qwen2.5-Coder-0.5B-Instruct-q4f32_1-MLC']).toBe(true);
  });

  it('does not start the worker when WebGPU is missing, and load() explains why', async () => {
    const d = deps(
      fakeHost(async () => undefined),
      { ok: false, reason: 'no-webgpu', message: 'no WebGPU', hint: 'use Chrome' },
    );
    const store = createModelStore(d);
    await store.getState().detect();
    await store.getState().load();
    expect(d.connect).not.toHaveBeenCalled();
    expect(store.getState().loadState).toMatchObject({
      status: 'error',
      error: { code: 'WEBGPU_UNAVAILABLE', hint: 'use Chrome' },
    });
  });

  it('load() reports progress, then exposes the engine only when ready', async () => {
    const phases: string[] = [];
    const store = createModelStore(
      deps(
        fakeHost(async (_id, _c, onProgress) => {
          onProgress({ progress: 0.3, phase: 'download', text: 'Fetching param cache[1/3]' });
        }),
      ),
    );
    store.subscribe((s) => {
      if (s.loadState.status === 'loading') phases.push(s.loadState.progress.phase);
    });
    await store.getState().detect();
    await store.getState().load();
    expect(phases).toContain('download');
    expect(store.getState().loadState).toMatchObject({
      status: 'ready',
      modelId: 'Qwen2.5-Coder-1.5B-Instruct-q4f32_1-MLC',
    });
    expect(store.getState().engine?.model()).toBe('Qwen2.5-Coder-1.5B-Instruct-q4f32_1-MLC');
  });

  it('a failed load lands as an error record, a cancelled one as idle', async () => {
    const failing = createModelStore(
      deps(
        fakeHost(async () => {
          throw new PlaygroundError('MODEL_NOT_FOUND', { hint: 'check the URL' });
        }),
      ),
    );
    expect(
      failing.getState().setCustom({ modelUrl: '/models/missing', modelLibUrl: '/models/missing/lib.wasm' }),
    ).toBeNull();
    await failing.getState().detect();
    expect(failing.getState().selectedId).toBe('custom:missing');
    await failing.getState().load();
    expect(failing.getState().loadState).toMatchObject({
      status: 'error',
      modelId: 'custom:missing',
      error: { code: 'MODEL_NOT_FOUND' },
    });
    expect(failing.getState().engine).toBeNull();

    let release: () => void = () => undefined;
    const slow = createModelStore(
      deps(
        fakeHost(
          () =>
            new Promise<void>((resolve) => {
              release = resolve;
            }),
        ),
      ),
    );
    await slow.getState().detect();
    const pending = slow.getState().load();
    await slow.getState().cancelLoad();
    release();
    await pending;
    expect(slow.getState().loadState.status).toBe('idle');
    expect(slow.getState().engine).toBeNull();
  });

  it('asks for persistent storage before a multi-gigabyte download, deletes caches, and honours an override engine', async () => {
    const host = fakeHost(async () => undefined);
    const d = deps(host);
    const store = createModelStore(d);
    await store.getState().detect();
    store.getState().select('Qwen2.5-Coder-7B-Instruct-q4f32_1-MLC');
    await store.getState().load();
    expect(d.requestPersistentStorage).toHaveBeenCalledOnce();
    await store.getState().deleteCached('Qwen2.5-Coder-0.5B-Instruct-q4f32_1-MLC');
    expect(host.deleted).toEqual(['Qwen2.5-Coder-0.5B-Instruct-q4f32_1-MLC']);
    expect(store.getState().cached['Qwen2.5-Coder-0.5B-Instruct-q4f32_1-MLC']).toBe(false);
    const scripted = { kind: 'scripted', label: 'Scripted test engine', model: () => 'scripted', chat: host.chat };
    store.getState().useEngineOverride(scripted);
    expect(store.getState().engine).toBe(scripted);
    expect(store.getState().override?.label).toBe('Scripted test engine');
    expect(store.getState().setCustom({ modelUrl: '', modelLibUrl: '/x.wasm' })?.code).toBe('BAD_INPUT');
  });

  it('refuses a download that cannot fit before fetching anything, and downloads anyway when asked', async () => {
    const loads: string[] = [];
    const host = fakeHost(async (id) => {
      loads.push(id);
    });
    let persisted = false;
    const d = {
      ...deps(host),
      storageStatus: async () => ({ usageMB: 200, quotaMB: 700, persisted }),
      requestPersistentStorage: vi.fn(async () => (persisted = true)),
    };
    const store = createModelStore(d);
    await store.getState().detect();
    await store.getState().load();
    expect(loads).toEqual([]);
    const state = store.getState().loadState;
    expect(state).toMatchObject({ status: 'error', beforeDownload: true, error: { code: 'MODEL_STORAGE_FULL' } });
    if (state.status !== 'error') throw new Error('expected an error');
    expect(state.error.message).toMatch(/about \d+ MB .* only about 500 MB more/);
    expect(state.error.hint).toMatch(/incognito/);

    await store.getState().load({ ignoreStorage: true });
    expect(loads).toEqual(['Qwen2.5-Coder-1.5B-Instruct-q4f32_1-MLC']);
    expect(store.getState().loadState.status).toBe('ready');

    store.getState().select('Qwen2.5-Coder-0.5B-Instruct-q4f32_1-MLC');
    await store.getState().persistStorage();
    expect(store.getState().storage?.persisted).toBe(true);
    await store.getState().load();
    expect(loads).toHaveLength(2);
  });

  it('a lost GPU device drops the engine and suggests reloading or a smaller model; a reload makes it ready', async () => {
    const host = fakeHost(async () => undefined);
    const store = createModelStore(deps(host));
    await store.getState().detect();
    await store.getState().load();
    expect(store.getState().engine).not.toBeNull();
    host.lose({ code: 'MODEL_OUT_OF_MEMORY', message: 'The GPU device was lost', hint: 'Load the model again' });
    expect(store.getState().engine).toBeNull();
    expect(store.getState().loadState).toMatchObject({
      status: 'error',
      modelId: 'Qwen2.5-Coder-1.5B-Instruct-q4f32_1-MLC',
      error: { code: 'MODEL_OUT_OF_MEMORY' },
      smaller: 'Qwen2.5-Coder-0.5B-Instruct-q4f32_1-MLC',
    });
    await store.getState().load();
    expect(store.getState().loadState.status).toBe('ready');

    const failing = createModelStore(
      deps(
        fakeHost(async () => {
          throw new PlaygroundError('MODEL_OUT_OF_MEMORY');
        }),
      ),
    );
    await failing.getState().detect();
    failing.getState().select('Qwen2.5-Coder-7B-Instruct-q4f32_1-MLC');
    await failing.getState().load();
    expect(failing.getState().loadState).toMatchObject({ smaller: 'Qwen2.5-Coder-3B-Instruct-q4f32_1-MLC' });
  });

  it('switching to a model server parks the loaded WebLLM model and brings it back on switching back', async () => {
    const store = createModelStore(deps(fakeHost(async () => undefined)));
    await store.getState().detect();
    await store.getState().load();
    const webllm = store.getState().engine;
    expect(webllm).not.toBeNull();
    store.getState().useServerEngine(fakeHost(async () => undefined)); // ignored: the source is still WebGPU
    expect(store.getState().engine).toBe(webllm);
    store.getState().setSource('server');
    expect(store.getState()).toMatchObject({ source: 'server', engine: null, loadState: { status: 'idle' } });
    await store.getState().load(); // WebLLM loading is off while the server is the source
    expect(store.getState().engine).toBeNull();
    const server = { ...fakeHost(async () => undefined), model: () => 'qwen2.5-coder:7b' };
    store.getState().useServerEngine(server);
    expect(store.getState().loadState).toMatchObject({ status: 'ready', modelId: 'qwen2.5-coder:7b' });
    store.getState().setSource('webgpu');
    expect(store.getState().engine).toBe(webllm);
    store.getState().setSource('server');
    expect(store.getState().engine).toBe(server);
    store.getState().useServerEngine(null);
    expect(store.getState()).toMatchObject({ engine: null, loadState: { status: 'idle' } });
  });

  it('a disk model is remembered, loaded with its record, and forgotten when deleted', async () => {
    const disk = {
      model: 'https://disk-model.invalid/Tiny/',
      model_id: 'disk:Tiny',
      model_lib: 'https://disk-model.invalid/Tiny/t.wasm',
    };
    const loads: unknown[] = [];
    const host = fakeHost(async (id, custom) => void loads.push([id, custom]));
    let saved: unknown = null;
    const store = createModelStore({ ...deps(host), savedDiskModels: () => [], saveDiskModels: (r) => (saved = r) });
    await store.getState().detect();
    store.getState().addDiskModel(disk);
    expect(saved).toEqual([disk]);
    expect(store.getState().selectedId).toBe('disk:Tiny');
    await store.getState().load();
    expect(loads).toEqual([['disk:Tiny', disk]]);
    await store.getState().deleteCached('disk:Tiny');
    expect(host.deleted).toEqual(['disk:Tiny']);
    expect(saved).toEqual([]);
    expect(store.getState().diskModels).toEqual([]);
    // A reload offers what was saved.
    expect(createModelStore({ ...deps(host), savedDiskModels: () => [disk] }).getState().diskModels).toEqual([disk]);
  });
});
