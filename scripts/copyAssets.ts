// Copies the tree-sitter runtime and grammar .wasm files from node_modules into public/wasm/,
// and Pyodide into public/pyodide/, so the browser loads them from the app's own origin (never a CDN).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { wasmFiles } from '../src/adapters/treesitter/grammars';

const require = createRequire(import.meta.url);
const out = join(process.cwd(), 'public', 'wasm');
mkdirSync(out, { recursive: true });
const wasm = wasmFiles();
for (const { pkg, file } of wasm) copyFileSync(require.resolve(`${pkg}/${file}`), join(out, file));
process.stdout.write(`copied ${wasm.length} wasm files to public/wasm\n`);

// Pyodide for the Python functional-test worker: the runtime, the standard library and the lock
// file, served from the app (loadPyodide({ indexURL: '/pyodide/' })), so tests run offline.
const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
const pyodideOut = join(process.cwd(), 'public', 'pyodide');
mkdirSync(pyodideOut, { recursive: true });
const pyodideDir = dirname(require.resolve('pyodide/package.json'));
for (const file of PYODIDE_FILES) copyFileSync(join(pyodideDir, file), join(pyodideOut, file));
process.stdout.write(`copied ${PYODIDE_FILES.length} Pyodide files to public/pyodide\n`);

// The functional-test workers, bundled into one self-contained file each: the sandbox frame starts them
// from blob: URLs (its CSP allows no other script source), so they may import nothing at run time.
const sandboxOut = join(process.cwd(), 'public', 'sandbox');
for (const [entry, name] of [
  ['src/workers/jsTest.worker.ts', 'jsTest'],
  ['src/workers/pyTest.worker.ts', 'pyTest'],
] as const) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: sandboxOut,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      // A classic script (iife): the frame starts classic workers (see sandbox.html).
      lib: { entry: join(process.cwd(), entry), formats: ['iife'], name: `scg_${name}`, fileName: () => `${name}.js` },
    },
  });
}
process.stdout.write(`bundled 2 test workers into public/sandbox\n`);
