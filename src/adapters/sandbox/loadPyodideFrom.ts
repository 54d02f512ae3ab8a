// Loads Pyodide from the app's own /pyodide/ folder (copied there by scripts/copyAssets.ts), never
// from a CDN. The module is imported by URL at run time, so the bundler never touches it.
import type { loadPyodide as LoadPyodide, PyodideInterface } from 'pyodide';

type PyodideModule = { loadPyodide: typeof LoadPyodide };

function isPyodideModule(value: unknown): value is PyodideModule {
  return typeof value === 'object' && value !== null && 'loadPyodide' in value && typeof value.loadPyodide === 'function';
}

/** `indexUrl` is an absolute URL of the folder holding pyodide.mjs, its wasm and the stdlib zip. */
export async function loadPyodideFrom(indexUrl: string): Promise<PyodideInterface> {
  const module: unknown = await import(/* @vite-ignore */ new URL('pyodide.mjs', indexUrl).href);
  if (!isPyodideModule(module)) throw new Error(`${indexUrl}pyodide.mjs does not export loadPyodide`);
  // The lock file lists packages whose wheels are not served here; nothing is loaded from it.
  return module.loadPyodide({ indexURL: indexUrl, fullStdLib: false });
}

/** Where the app serves Pyodide, from inside any worker or page of the app. */
export function pyodideIndexUrl(origin: string, base: string): string {
  return new URL(`${base.replace(/\/?$/, '/')}pyodide/`, origin).href;
}
