// Starts the browser's test worker for a language. The `new Worker(new URL(...))` lines must stay
// literal so Vite bundles each worker entry.
import type { FunctionalLanguage } from '../../core/evaluation/functional/FunctionalRunner';
import type { WorkerPort } from './TestWorkerSession';

export function spawnTestWorker(language: FunctionalLanguage): WorkerPort {
  if (language === 'python') {
    return new Worker(new URL('../../workers/pyTest.worker.ts', import.meta.url), { type: 'module', name: 'python-tests' });
  }
  return new Worker(new URL('../../workers/jsTest.worker.ts', import.meta.url), { type: 'module', name: 'javascript-tests' });
}
