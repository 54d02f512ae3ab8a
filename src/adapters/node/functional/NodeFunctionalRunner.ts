// The functional runner for Node (the CLI's eval): every test job runs in its own Deno process with
// no permissions (Python may read Pyodide's folder), see runDenoJob and docs/sandbox.md.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { realpathSync } from 'node:fs';
import type {
  FunctionalOutcome,
  FunctionalProgram,
  FunctionalRunner,
} from '../../../core/evaluation/functional/FunctionalRunner';
import { denoBinary } from './denoBinary';
import { runDenoJob, type DenoJobOptions } from './runDenoJob';

const require = createRequire(import.meta.url);

export class NodeFunctionalRunner implements FunctionalRunner {
  private options: DenoJobOptions | null = null;

  constructor(private readonly limits: { memoryMb?: number; outputCapBytes?: number } = {}) {}

  run(program: FunctionalProgram, signal?: AbortSignal): Promise<FunctionalOutcome> {
    this.options ??= {
      deno: denoBinary(),
      pyodideDir: realpathSync(dirname(require.resolve('pyodide/pyodide.mjs'))),
      memoryMb: this.limits.memoryMb ?? 512,
      outputCapBytes: this.limits.outputCapBytes ?? 1_000_000,
      loadTimeoutMs: 60_000,
    };
    return runDenoJob(program, this.options, signal);
  }

  /** Nothing stays running between jobs. */
  async dispose(): Promise<void> {}
}
