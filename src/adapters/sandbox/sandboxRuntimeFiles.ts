// The files a sandboxed test worker needs, fetched by the page (the sandbox itself may fetch nothing) and
// handed in: the worker's bundled source, and for Python the Pyodide runtime. Fetched once per page.
import type { FunctionalLanguage } from '../../core/evaluation/functional/FunctionalRunner';

/** Pyodide's files by name: scripts as text, binaries as bytes. */
export type PyodideFiles = Record<string, string | ArrayBuffer>;

export const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
] as const;
const BINARY = new Set(['pyodide.asm.wasm', 'python_stdlib.zip']);

const sources = new Map<FunctionalLanguage, Promise<string>>();
let pyodide: Promise<PyodideFiles> | null = null;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`${url} answered ${response.status}: run \`npm run assets\` to build the sandbox files`);
  return response;
}

function folder(base: string, name: string): string {
  return `${base.replace(/\/?$/, '/')}${name}/`;
}

/** The bundled test worker for a language (built into public/sandbox/ by scripts/copyAssets.ts). */
export function workerSource(base: string, language: FunctionalLanguage): Promise<string> {
  let source = sources.get(language);
  if (!source) {
    source = fetchOk(`${folder(base, 'sandbox')}${language === 'python' ? 'pyTest' : 'jsTest'}.js`).then((r) =>
      r.text(),
    );
    source.catch(() => sources.delete(language));
    sources.set(language, source);
  }
  return source;
}

export function pyodideFiles(base: string): Promise<PyodideFiles> {
  pyodide ??= Promise.all(
    PYODIDE_FILES.map(async (name) => {
      const response = await fetchOk(`${folder(base, 'pyodide')}${name}`);
      return [name, BINARY.has(name) ? await response.arrayBuffer() : await response.text()] as const;
    }),
  ).then((entries) => Object.fromEntries(entries));
  pyodide.catch(() => {
    pyodide = null;
  });
  return pyodide;
}
