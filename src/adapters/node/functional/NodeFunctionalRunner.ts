// The functional runner for Node (the CLI's eval): JavaScript in a node:vm context inside a worker
// thread, Python in Pyodide inside another; each worker is killed and restarted on a timeout.
import { createRequire } from 'node:module';
import type { FunctionalLanguage, FunctionalOutcome, FunctionalProgram, FunctionalRunner } from '../../../core/evaluation/functional/FunctionalRunner';
import { TestWorker } from './TestWorker';

const require = createRequire(import.meta.url);

export class NodeFunctionalRunner implements FunctionalRunner {
  private readonly workers: Record<FunctionalLanguage, TestWorker> = {
    javascript: new TestWorker(new URL('./jsTestWorker.mjs', import.meta.url)),
    python: new TestWorker(new URL('./pyTestWorker.mjs', import.meta.url), { pyodideEntry: require.resolve('pyodide/pyodide.mjs') }),
  };

  run(program: FunctionalProgram, signal?: AbortSignal): Promise<FunctionalOutcome> {
    return this.workers[program.language].run(program, signal);
  }

  async dispose(): Promise<void> {
    await Promise.all(Object.values(this.workers).map((w) => w.dispose()));
  }
}
