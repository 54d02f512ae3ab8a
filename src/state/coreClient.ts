// The main thread's handle on the core worker: one module worker, wrapped by comlink.
import { wrap, type Remote } from 'comlink';
import type { CoreApi, CoreReady } from '../workers/CoreApi';

let worker: Worker | null = null;
let api: Remote<CoreApi> | null = null;
let ready: Promise<CoreReady> | null = null;

export function coreApi(): Remote<CoreApi> {
  if (!api) {
    worker = new Worker(new URL('../workers/core.worker.ts', import.meta.url), { type: 'module', name: 'core' });
    api = wrap<CoreApi>(worker);
  }
  return api;
}

/** Starts the worker and loads the knowledge base once; later calls share the same promise. */
export function coreReady(): Promise<CoreReady> {
  ready ??= coreApi().init(new URL(import.meta.env.BASE_URL, location.origin).href);
  return ready;
}
