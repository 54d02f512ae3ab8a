// Takes every network door away from a worker's global scope before generated code runs in it.
// The worker is the sandbox: these replacements are non-configurable, so the code cannot put
// the originals back, and the main thread still kills the worker when its time is up.

/** Globals that can reach the network (or start code that could) from a dedicated worker. */
export const NETWORK_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'importScripts',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
  'indexedDB',
  'caches',
] as const;

export type NetworkGlobal = (typeof NETWORK_GLOBALS)[number];

function blocked(name: string): () => never {
  return () => {
    throw new Error(`${name} is not available in the test sandbox (no network access).`);
  };
}

/** Replaces one global on `scope` and its prototype chain with a function that throws. */
export function blockGlobal(scope: object, name: string): void {
  for (let target: object | null = scope; target; target = Object.getPrototypeOf(target)) {
    if (target === scope || Object.hasOwn(target, name)) lockDown(target, name);
  }
}

function lockDown(target: object, name: string): void {
  try {
    Object.defineProperty(target, name, {
      value: blocked(name),
      writable: false,
      configurable: false,
      enumerable: false,
    });
  } catch {
    // Already non-configurable: the best left is to overwrite the value where allowed.
    Reflect.set(target, name, blocked(name));
  }
}

/** Replaces each network global on `scope` with a function that throws; returns the names replaced. */
export function blockNetwork(scope: object): NetworkGlobal[] {
  const replaced: NetworkGlobal[] = [];
  for (const name of NETWORK_GLOBALS) {
    // Interfaces may keep the original on a prototype (WorkerGlobalScope.prototype.fetch), so
    // every object on the chain that owns the name gets the replacement too.
    blockGlobal(scope, name);
    replaced.push(name);
  }
  // `navigator.sendBeacon` does not exist in workers, but a polyfilled one must not survive either.
  const nav: unknown = Reflect.get(scope, 'navigator');
  if (typeof nav === 'object' && nav !== null && 'sendBeacon' in nav) {
    lockDown(nav, 'sendBeacon');
  }
  return replaced;
}

/**
 * Dynamic `import()` is syntax, so no global replacement can stop it; code that uses it is
 * refused before it runs. (A Content-Security-Policy on the worker would be the complete answer.)
 */
export function refusesDynamicImport(code: string): string | null {
  return /\bimport\s*\(/.test(code) ? 'Dynamic import() is not allowed in the test sandbox.' : null;
}
