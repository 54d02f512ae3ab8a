// The `assert` the JavaScript tests receive as a parameter: frozen, built only on intrinsics
// captured at load, so generated code can neither replace it nor change what it compares.
const freeze = Object.freeze;
const objectIs = Object.is;
const keysOf = Object.keys;
const isArray = Array.isArray;
const clone = structuredClone;
const getPrototypeOf = Object.getPrototypeOf;
const CapturedError = Error;
const toText = String;

function fail(message: string): never {
  throw new CapturedError(`assertion failed: ${message}`);
}

/** Recursive structural equality of structured-clone snapshots (a Proxy or a function cannot be cloned). */
function same(a: unknown, b: unknown): boolean {
  if (objectIs(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (isArray(a) !== isArray(b) || getPrototypeOf(a) !== getPrototypeOf(b)) return false;
  const ka = keysOf(a);
  const kb = keysOf(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const key = ka[i] as string;
    if (!(key in b) || !same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

export type Assert = ((cond: unknown, message?: string) => void) & Record<string, (...args: never[]) => void>;

export function frozenAssert(): Assert {
  const assert = (cond: unknown, message?: string): void => {
    if (!cond) fail(message ?? 'expected a true value');
  };
  const equal = (a: unknown, b: unknown, message?: string): void => {
    if (!objectIs(a, b)) fail(message ?? `${toText(a)} === ${toText(b)}`);
  };
  const deepEqual = (a: unknown, b: unknown, message?: string): void => {
    let ca: unknown;
    let cb: unknown;
    try {
      ca = clone(a);
      cb = clone(b);
    } catch {
      fail(message ?? 'values cannot be compared (not plain data)');
    }
    if (!same(ca, cb)) fail(message ?? 'values are not deeply equal');
  };
  const throws = (fn: () => unknown, message?: string): void => {
    let threw = false;
    try {
      fn();
    } catch {
      threw = true;
    }
    if (!threw) fail(message ?? 'expected an exception');
  };
  for (const [name, fn] of [
    ['ok', assert],
    ['equal', equal],
    ['strictEqual', equal],
    ['deepEqual', deepEqual],
    ['deepStrictEqual', deepEqual],
    ['throws', throws],
  ] as const) {
    (assert as unknown as Record<string, unknown>)[name] = fn;
  }
  return freeze(assert) as Assert;
}
