// Starts the WebLLM module worker and wraps it with comlink; called lazily, on first use of the model picker.
import { proxy, wrap } from 'comlink';
import { WebLlmEngine } from './WebLlmEngine';
import type { WebLlmWorkerApi } from './WebLlmWorkerApi';

export function connectWebLlmWorker(): WebLlmEngine {
  const worker = new Worker(new URL('../../workers/webllm.worker.ts', import.meta.url), {
    type: 'module',
    name: 'webllm',
  });
  return new WebLlmEngine(wrap<WebLlmWorkerApi>(worker), proxy);
}
