// Loads Pyodide inside a sandboxed test worker from files the page handed in: the worker's CSP allows
// no network, so the modules are imported from blob: URLs and the two binary files are answered by a
// fetch that serves only those bytes. Nothing is fetched from anywhere, CDN or app.
import type { loadPyodide as LoadPyodide, PyodideInterface } from 'pyodide';
import type { PyodideFiles } from './sandboxRuntimeFiles';

type PyodideModule = { loadPyodide: typeof LoadPyodide };

/** An index URL that can never resolve: every file under it is served from memory. */
const INDEX_URL = 'https://pyodide.invalid/';

function isPyodideModule(value: unknown): value is PyodideModule {
  return (
    typeof value === 'object' && value !== null && 'loadPyodide' in value && typeof value.loadPyodide === 'function'
  );
}

function text(files: PyodideFiles, name: string): string {
  const file = files[name];
  if (typeof file !== 'string') throw new Error(`the sandbox was given no ${name}`);
  return file;
}

function importText(source: string): Promise<unknown> {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return import(/* @vite-ignore */ url).finally(() => URL.revokeObjectURL(url));
}

/** Serves the runtime's binary files from memory; any other request fails (the CSP would refuse it anyway). */
function memoryFetch(files: PyodideFiles): typeof fetch {
  return async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    const name = url.startsWith(INDEX_URL) ? url.slice(INDEX_URL.length) : '';
    const file = files[name];
    if (!(file instanceof ArrayBuffer)) throw new TypeError(`no network in the test sandbox (${url})`);
    const type = name.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
    return new Response(file.slice(0), { status: 200, headers: { 'Content-Type': type } });
  };
}

export async function loadPyodideFromFiles(
  scope: { fetch: typeof fetch },
  files: PyodideFiles,
): Promise<PyodideInterface> {
  const module = await importText(text(files, 'pyodide.mjs'));
  if (!isPyodideModule(module)) throw new Error('pyodide.mjs does not export loadPyodide');
  const asm = await importText(text(files, 'pyodide.asm.mjs'));
  const create = typeof asm === 'object' && asm !== null && 'default' in asm ? asm.default : null;
  if (typeof create !== 'function') throw new Error('pyodide.asm.mjs exports no module factory');
  scope.fetch = memoryFetch(files);
  return module.loadPyodide({
    indexURL: INDEX_URL,
    createPyodideModule: create as never,
    lockFileContents: text(files, 'pyodide-lock.json'),
    fullStdLib: false,
  });
}
