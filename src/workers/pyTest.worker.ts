// The Python functional-test worker (runs inside the sandbox frame, see public/sandbox/sandbox.html): waits
// for the Pyodide files the page hands in, loads them, says ready, then runs ONE job (generated code plus
// the task's tests) and posts the verdict. The page terminates it when its time is up.
import { testJobSchema } from '../adapters/sandbox/testJobMessages';
import { runPyTests } from '../adapters/sandbox/runPyTests';
import { sealWorker } from '../adapters/sandbox/sealWorker';
import { loadPyodideFromFiles } from '../adapters/sandbox/loadPyodideFromFiles';
import type { PyodideFiles } from '../adapters/sandbox/sandboxRuntimeFiles';

const post = self.postMessage.bind(self);
const started = performance.now();

function runtimeFiles(data: unknown): PyodideFiles | null {
  if (typeof data !== 'object' || data === null || !('kind' in data) || data.kind !== 'runtime' || !('files' in data))
    return null;
  const files = data.files;
  return typeof files === 'object' && files !== null ? (files as PyodideFiles) : null;
}

async function start(files: PyodideFiles): Promise<void> {
  let python;
  try {
    python = await loadPyodideFromFiles(self, files);
  } catch (error) {
    post({
      kind: 'crashed',
      error: `Pyodide failed to load: ${error instanceof Error ? error.message : String(error)}`,
    });
    return;
  }
  const channel = sealWorker(self);
  const runtime = python;
  self.onmessage = async (event: MessageEvent<unknown>) => {
    const job = testJobSchema.safeParse(event.data);
    if (!job.success) return;
    self.onmessage = null;
    const t0 = performance.now();
    const outcome = await runPyTests(runtime, job.data.code, job.data.tests, job.data.entry ?? '');
    channel.reply({ kind: 'result', nonce: job.data.nonce, ...outcome, ms: performance.now() - t0 });
  };
  channel.reply({ kind: 'ready', loadMs: performance.now() - started });
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const files = runtimeFiles(event.data);
  if (!files) return;
  self.onmessage = null;
  void start(files);
};
