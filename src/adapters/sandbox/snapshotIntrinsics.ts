// Snapshots the built-ins tests rely on (JSON.stringify, Object.is, Array.prototype.every, ...) when
// the harness loads, so that what generated code patched can be put back before the tests run.
const reflectOwnKeys = Reflect.ownKeys;
const getDescriptor = Reflect.getOwnPropertyDescriptor;
const defineProperty = Reflect.defineProperty;

const GLOBAL_NAMES = [
  'Object',
  'Array',
  'String',
  'Number',
  'Boolean',
  'JSON',
  'Math',
  'Reflect',
  'Symbol',
  'Error',
  'TypeError',
  'RangeError',
  'Promise',
  'Map',
  'Set',
  'Date',
  'RegExp',
  'Function',
  'BigInt',
  'structuredClone',
  'isNaN',
  'parseInt',
  'parseFloat',
];

type Saved = Array<[object, PropertyKey, PropertyDescriptor]>;

function targets(): object[] {
  const g = globalThis;
  return [
    g,
    Object,
    Object.prototype,
    Array,
    Array.prototype,
    String,
    String.prototype,
    Number,
    Number.prototype,
    Boolean.prototype,
    JSON,
    Math,
    Reflect,
    Symbol,
    Promise,
    Promise.prototype,
    Map.prototype,
    Set.prototype,
    Date.prototype,
    RegExp.prototype,
    Function.prototype,
    Error.prototype,
    BigInt.prototype,
  ];
}

function save(): Saved {
  const saved: Saved = [];
  for (const target of targets()) {
    const keys = target === globalThis ? GLOBAL_NAMES : reflectOwnKeys(target);
    for (const key of keys) {
      const descriptor = getDescriptor(target, key);
      if (descriptor) saved.push([target, key, descriptor]);
    }
  }
  return saved;
}

const SAVED = save();

/** Puts every snapshotted built-in back; false when one could not be restored (the verdict must then fail). */
export function restoreIntrinsics(): boolean {
  let ok = true;
  for (const [target, key, descriptor] of SAVED) {
    const now = getDescriptor(target, key);
    if (now && now.value === descriptor.value && now.get === descriptor.get && now.set === descriptor.set) continue;
    if (!defineProperty(target, key, descriptor)) ok = false;
  }
  return ok;
}
