// The main thread's handle on the core worker: one module worker, wrapped by comlink.
import { transfer, wrap, type Remote } from 'comlink';
import type { CoreApi, CoreReady, PreloadedKnowledge } from '../core/CoreApi';

let worker: Worker | null = null;
let api: Remote<CoreApi> | null = null;
let ready: Promise<CoreReady> | null = null;
/** Page-clock milliseconds when the worker was created (the header's load report shows it). */
let createdAt: number | undefined;

export const workerCreatedAt = (): number | undefined => createdAt;

/** Set by the build's index.html (vite-plugins/startCoreWorkerEarly.ts): the worker, started early. */
declare global {
  interface Window {
    __scgCoreWorker?: { worker: Worker; at: number };
  }
}

export function coreApi(): Remote<CoreApi> {
  if (!api) {
    const early = typeof window === 'undefined' ? undefined : window.__scgCoreWorker;
    createdAt = early?.at ?? performance.now();
    worker =
      early?.worker ??
      new Worker(new URL('../workers/core.worker.ts', import.meta.url), { type: 'module', name: 'core' });
    api = wrap<CoreApi>(worker);
  }
  return api;
}

/** Starts the worker and loads the knowledge base once; later calls share the same promise.
 *  The files download on the main thread while the worker module is still loading, and are then
 *  handed over without copying; parsing and indexing stay in the worker. */
export function coreReady(): Promise<CoreReady> {
  if (!ready) {
    const base = new URL(import.meta.env.BASE_URL, location.origin).href;
    const api = coreApi();
    ready = downloadKnowledge(base).then(
      (files) => api.init(base, transfer(files, files.orama ? [files.knowledge, files.orama] : [files.knowledge])),
      // A failed early download is retried (and reported) by the worker itself.
      () => api.init(base),
    );
  }
  return ready;
}

async function downloadKnowledge(base: string): Promise<PreloadedKnowledge> {
  const [knowledge, orama] = await Promise.all([
    // Gzip copies written by kb build; the worker inflates them (decodeKnowledgeFile).
    fetch(new URL('kb/knowledge.json.gz', base)),
    // The prebuilt Orama indexes (ORAMA_FILE_NAME in adapters/orama; not imported here to keep zod off the first screen).
    fetch(new URL('kb/orama.json.gz', base)).catch(() => null),
  ]);
  if (!knowledge.ok) throw new Error(`knowledge.json.gz: HTTP ${knowledge.status}`);
  const files: PreloadedKnowledge = { knowledge: await knowledge.arrayBuffer() };
  if (orama?.ok) files.orama = await orama.arrayBuffer();
  return files;
}
