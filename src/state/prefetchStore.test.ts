import { describe, expect, it } from 'vitest';
import { createPrefetchStore } from './prefetchStore';
import type { ModelHost } from '../adapters/webllm/ModelStoreDeps';
import { PlaygroundError } from '../core/errors';

function host(prefetch: NonNullable<ModelHost['prefetch']>): ModelHost {
  let cancel: () => void = () => undefined;
  return {
    kind: 'fake',
    label: 'fake',
    model: () => null,
    chat: async () => {
      throw new PlaygroundError('ENGINE_NOT_LOADED');
    },
    load: async () => {
      throw new Error('a prefetch must not load');
    },
    cancelLoad: async () => undefined,
    hasInCache: async () => false,
    deleteFromCache: async () => undefined,
    vendor: () => '',
    prefetch: (id, custom, onProgress) =>
      new Promise((resolve, reject) => {
        cancel = () => reject(new PlaygroundError('ABORTED'));
        prefetch(id, custom, onProgress).then(resolve, reject);
      }),
    cancelPrefetch: async () => cancel(),
  };
}

describe('prefetchStore', () => {
  it('downloads with progress, passes a custom record, and marks the model cached without loading it', async () => {
    const cached: string[] = [];
    const records: unknown[] = [];
    const disk = { model: 'https://x/', model_id: 'disk:x', model_lib: 'https://x/a.wasm' };
    const store = createPrefetchStore({
      host: () =>
        host(async (_id, custom, onProgress) => {
          records.push(custom);
          onProgress({ progress: 0.5, phase: 'download', text: 'Fetching param cache[1/2]' });
        }),
      recordFor: (id) => (id === 'disk:x' ? disk : null),
      markCached: (id) => cached.push(id),
    });
    const seen: string[] = [];
    store.subscribe((s) =>
      seen.push(s.state.status === 'downloading' ? `${s.state.progress.progress}` : s.state.status),
    );
    await store.getState().prefetch('disk:x');
    expect(seen).toEqual(['0', '0.5', 'done']);
    expect(records).toEqual([disk]);
    expect(cached).toEqual(['disk:x']);
  });

  it('a cancel ends as cancelled and a failure as an error record; neither marks the model cached', async () => {
    const cached: string[] = [];
    const slow = host(() => new Promise(() => undefined));
    const store = createPrefetchStore({ host: () => slow, recordFor: () => null, markCached: (id) => cached.push(id) });
    const running = store.getState().prefetch('M');
    await store.getState().cancel();
    await running;
    expect(store.getState().state).toEqual({ status: 'cancelled', modelId: 'M' });
    const failing = createPrefetchStore({
      host: () =>
        host(async () => {
          throw new PlaygroundError('MODEL_DOWNLOAD_FAILED', { message: '3 of 4 shards are kept' });
        }),
      recordFor: () => null,
      markCached: (id) => cached.push(id),
    });
    await failing.getState().prefetch('M');
    expect(failing.getState().state).toMatchObject({ status: 'error', error: { code: 'MODEL_DOWNLOAD_FAILED' } });
    expect(cached).toEqual([]);
  });

  it('a model that cannot fit is refused by the storage check before any byte is fetched', async () => {
    let fetched = false;
    const store = createPrefetchStore({
      host: () =>
        host(async () => {
          fetched = true;
        }),
      recordFor: () => null,
      markCached: () => undefined,
      preflight: async () => ({ code: 'MODEL_STORAGE_FULL', message: 'needs 900 MB, 100 MB free' }),
    });
    await store.getState().prefetch('M');
    expect(store.getState().state).toMatchObject({ status: 'error', error: { code: 'MODEL_STORAGE_FULL' } });
    expect(fetched).toBe(false);
  });
});
