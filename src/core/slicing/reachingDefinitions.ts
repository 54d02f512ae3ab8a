// Reaching definitions over a structured walk: which statements' writes of a variable (or of a
// path such as `p->len`) may still hold at a given statement. Plain names and paths are kept
// apart so the scans for a path's fields only touch paths; id arrays are never mutated in
// place, so copying a state for a branch is a shallow copy of two maps.
export interface DefState {
  names: Map<string, readonly number[]>;
  paths: Map<string, readonly number[]>;
}

const SEPARATOR = /\.|->|::|\?->|\?\./g;

export function emptyState(): DefState {
  return { names: new Map(), paths: new Map() };
}

export function copyState(state: DefState): DefState {
  return { names: new Map(state.names), paths: new Map(state.paths) };
}

/** Every proper prefix of a path: `a.b->c` gives `a`, `a.b`. */
export function pathPrefixes(path: string): string[] {
  const prefixes: string[] = [];
  for (const match of path.matchAll(SEPARATOR)) prefixes.push(path.slice(0, match.index));
  return prefixes;
}

function isFieldOf(key: string, path: string): boolean {
  if (key.length <= path.length || !key.startsWith(path)) return false;
  const next = key.charAt(path.length);
  return next === '.' || next === ':' || next === '?' || (next === '-' && key.charAt(path.length + 1) === '>');
}

function mapFor(state: DefState, path: string): Map<string, readonly number[]> {
  return pathPrefixes(path).length > 0 ? state.paths : state.names;
}

/** Statements whose writes may reach a read of `path`: of the path, its prefixes and its fields. */
export function reachingDefs(state: DefState, path: string): number[] {
  const found = new Set<number>(mapFor(state, path).get(path) ?? []);
  for (const prefix of pathPrefixes(path)) for (const id of mapFor(state, prefix).get(prefix) ?? []) found.add(id);
  for (const [key, ids] of state.paths) if (isFieldOf(key, path)) for (const id of ids) found.add(id);
  return [...found];
}

/** A write kills earlier writes of the same path and of its fields (`p = q` replaces `p->len`). */
export function define(state: DefState, path: string, id: number): void {
  for (const key of [...state.paths.keys()]) if (isFieldOf(key, path)) state.paths.delete(key);
  mapFor(state, path).set(path, [id]);
}

/** Union of two states: a definition reaches the join if it reaches along either path. */
export function mergeStates(a: DefState, b: DefState): DefState {
  return { names: mergeMaps(a.names, b.names), paths: mergeMaps(a.paths, b.paths) };
}

function mergeMaps(a: Map<string, readonly number[]>, b: Map<string, readonly number[]>): Map<string, readonly number[]> {
  if (a === b) return a;
  const merged = new Map(a);
  for (const [key, ids] of b) {
    const existing = merged.get(key);
    if (!existing) merged.set(key, ids);
    else if (existing !== ids) merged.set(key, [...new Set([...existing, ...ids])]);
  }
  return merged;
}
