// The Python functional-test worker: loads Pyodide, says ready, then runs ONE job (generated code
// plus the task's tests) with the network taken away and posts the verdict. The page terminates it
// when its time is up; a fresh worker (pre-loaded while the last job ran) takes the next job.
import { testJobSchema } from '../adapters/sandbox/testJobMessages';
import { runPyTests } from '../adapters/sandbox/runPyTests';
import { sealWorker } from '../adapters/sandbox/sealWorker';
import { loadPyodideFrom, pyodideIndexUrl } from '../adapters/sandbox/loadPyodideFrom';

const post = self.postMessage.bind(self);
const started = performance.now();

async function start(): Promise<void> {
  let python;
  try {
    python = await loadPyodideFrom(pyodideIndexUrl(self.location.origin, import.meta.env.BASE_URL));
  } catch (error) {
    post({ kind: 'crashed', error: `Pyodide failed to load: ${error instanceof Error ? error.message : String(error)}` });
    return;
  }
  // Sealed only now: loading Pyodide itself needs fetch.
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

void start();
