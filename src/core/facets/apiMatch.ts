// When a call name found in a task matches an API name listed in the knowledge base. Matching
// runs thousands of times per query (every KB API against every task API), so names are
// normalised once and a found name is expanded into the set of KB names it can match.
/** Normalises "subprocess.run(", "$pdo->query" or "std::system" to dotted form. */
export function normaliseApi(name: string): string {
  return name.trim().replace(/\s+/g, '').replace(/\($/, '').replace(/->|::/g, '.').replace(/^\$/, '');
}

const keys = new Map<string, string>();

/** Lower-cased normal form, memoised: KB names repeat across every query. */
export function apiKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = normaliseApi(name).toLowerCase();
    if (keys.size > 100_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/** "self.cursor.execute" -> {self.cursor.execute, cursor.execute, execute}: every KB name it matches. */
function suffixesOf(found: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of found) {
    const f = apiKey(name);
    if (!f) continue;
    out.add(f);
    for (let i = f.indexOf('.'); i >= 0; i = f.indexOf('.', i + 1)) if (i + 1 < f.length) out.add(f.slice(i + 1));
  }
  return out;
}

const suffixCache = new WeakMap<readonly string[], Set<string>>();

/** The match set of a list of found names; cached per list, since one task's list is reused. */
export function apiMatchSet(found: readonly string[]): ReadonlySet<string> {
  let set = suffixCache.get(found);
  if (!set) {
    set = suffixesOf(found);
    suffixCache.set(found, set);
  }
  return set;
}

/**
 * True when `found` (from code or text) names `known` (from the KB): the same name, a longer
 * receiver chain ending in it ("self.cursor.execute" ~ "cursor.execute"), or a bare function name
 * equal to a bare KB name. Case-insensitive, because authors and languages differ on case.
 */
export function apiMatches(found: string, known: string): boolean {
  const k = apiKey(known);
  return k.length > 0 && suffixesOf([found]).has(k);
}

const knownKeys = new WeakMap<readonly string[], string[]>();

/** Normal forms of a KB list, cached per list: the KB's lists are the same objects every query. */
function keysOf(known: readonly string[]): string[] {
  let keys = knownKeys.get(known);
  if (!keys) {
    keys = known.map(apiKey);
    knownKeys.set(known, keys);
  }
  return keys;
}

export function anyApiMatches(found: readonly string[], known: readonly string[]): string[] {
  if (found.length === 0 || known.length === 0) return [];
  const set = apiMatchSet(found);
  const keys = keysOf(known);
  const hits: string[] = [];
  for (let i = 0; i < keys.length; i += 1) if (set.has(keys[i]!)) hits.push(known[i]!);
  return hits;
}
