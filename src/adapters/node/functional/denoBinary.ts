// Finds the Deno binary installed by the npm package `deno` (a per-platform optional dependency).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { PlaygroundError } from '../../../core/errors';

const require = createRequire(import.meta.url);

export function denoBinary(): string {
  const exe = process.platform === 'win32' ? 'deno.exe' : 'deno';
  const libc = process.platform === 'linux' ? '-glibc' : '';
  const candidates: Array<() => string> = [
    () => join(dirname(require.resolve(`@deno/${process.platform}-${process.arch}${libc}/package.json`)), exe),
    () => join(dirname(require.resolve('deno/package.json')), exe),
  ];
  for (const candidate of candidates) {
    try {
      const path = candidate();
      if (existsSync(path)) return path;
    } catch {
      /* try the next place */
    }
  }
  throw new PlaygroundError('STAGE_FAILED', {
    message: 'The Deno binary is missing: install the npm package "deno" (it brings @deno/<platform>).',
  });
}
