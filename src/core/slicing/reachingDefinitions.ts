// Reaching definitions over a structured walk: which statements' writes of a variable (or of a
// path such as `p->len`) may still hold at a given statement. A state is updated in place along
// a sequence and copied only where control branches; id arrays are never mutated, so a copy is
// a shallow copy of two maps. Which paths extend which prefix is indexed once per function and
// shared by every state, so a read or write of `p` finds `p->len` without scanning all paths.
export interface DefState {
  names: Map<string, readonly number[]>;
  paths: Map<string, readonly number[]>;
  /** Shared, append-only: prefix -> every path seen that extends it (`p` -> `p->len`, `p->a.b`). */
  fields: Map<string, string[]>;
}

const SEPARATOR = /\.|->|::|\?->|\?\./g;

export function emptyState(): DefState {
  return { names: new Map(), paths: new Map(), fields: new Map() };
}

export function copyState(state: DefState): DefState {
  return { names: new Map(state.names), paths: new Map(state.paths), fields: state.fields };
}

/** Every proper prefix of a path: `a.b->c` gives `a`, `a.b`. */
export function pathPrefixes(path: string): string[] {
  const prefixes: string[] = [];
  for (const match of path.matchAll(SEPARATOR)) prefixes.push(path.slice(0, match.index));
  return prefixes;
}

function mapFor(state: DefState, path: string, prefixes: readonly string[]): Map<string, readonly number[]> {
  return prefixes.length > 0 ? state.paths : state.names;
}

/** Statements whose writes may reach a read of `path`: of the path, its prefixes and its fields. */
export function reachingDefs(state: DefState, path: string): number[] {
  const prefixes = pathPrefixes(path);
  const found = new Set<number>(mapFor(state, path, prefixes).get(path) ?? []);
  for (const prefix of prefixes)
    for (const id of mapFor(state, prefix, pathPrefixes(prefix)).get(prefix) ?? []) found.add(id);
  for (const key of state.fields.get(path) ?? []) for (const id of state.paths.get(key) ?? []) found.add(id);
  return [...found];
}

/** A write kills earlier writes of the same path and of its fields (`p = q` replaces `p->len`). */
export function define(state: DefState, path: string, id: number): void {
  for (const key of state.fields.get(path) ?? []) state.paths.delete(key);
  const prefixes = pathPrefixes(path);
  const map = mapFor(state, path, prefixes);
  if (prefixes.length > 0 && !map.has(path)) index(state.fields, path, prefixes);
  map.set(path, [id]);
}

function index(fields: Map<string, string[]>, path: string, prefixes: readonly string[]): void {
  for (const prefix of prefixes) {
    const list = fields.get(prefix);
    if (!list) fields.set(prefix, [path]);
    else if (!list.includes(path)) list.push(path);
  }
}

/** Union of two states into a fresh one: a definition reaches the join if it reaches along either path. */
export function mergeStates(a: DefState, b: DefState): DefState {
  return { names: mergeMaps(a.names, b.names), paths: mergeMaps(a.paths, b.paths), fields: a.fields };
}

function mergeMaps(
  a: Map<string, readonly number[]>,
  b: Map<string, readonly number[]>,
): Map<string, readonly number[]> {
  const merged = new Map(a);
  if (a === b) return merged;
  for (const [key, ids] of b) {
    const existing = merged.get(key);
    if (!existing) merged.set(key, ids);
    else if (existing !== ids) merged.set(key, [...new Set([...existing, ...ids])]);
  }
  return merged;
}
