// Copies the tree-sitter runtime and grammar .wasm files from node_modules into public/wasm/,
// and Pyodide into public/pyodide/, so the browser loads them from the app's own origin (never a CDN).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
