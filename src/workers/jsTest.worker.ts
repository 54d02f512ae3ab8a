// The JavaScript functional-test worker: runs ONE job (generated code plus the task's tests) with
// the network taken away and posts the verdict. The page terminates it when its time is up.
import { testJobSchema } from '../adapters/sandbox/testJobMessages';
import { runJsTests } from '../adapters/sandbox/runJsTests';
import { sealWorker } from '../adapters/sandbox/sealWorker';

const channel = sealWorker(self);
channel.reply({ kind: 'ready', loadMs: 0 });

self.onmessage = async (event: MessageEvent<unknown>) => {
  const job = testJobSchema.safeParse(event.data);
  if (!job.success) return;
  self.onmessage = null;
  const started = performance.now();
  const outcome = await runJsTests(job.data.code, job.data.tests, job.data.entry);
  channel.reply({ kind: 'result', nonce: job.data.nonce, ...outcome, ms: performance.now() - started });
};
