// When a call name found in a task matches an API name listed in the knowledge base. Matching
// runs thousands of times per query (every KB API against every task API), so the knowledge
// base's names are normalised once (PreparedFacets, PreparedKnowledge) and a task's found names
// are expanded once per call into the set of KB names they can match.
/** Normalises "subprocess.run(", "$pdo->query" or "std::system" to dotted form. */
export function normaliseApi(name: string): string {
  return name.trim().replace(/\s+/g, '').replace(/\($/, '').replace(/->|::/g, '.').replace(/^\$/, '');
}

/** Lower-cased normal form: what KB names are compared in. */
export function apiKey(name: string): string {
  return normaliseApi(name).toLowerCase();
}

/** "self.cursor.execute" -> {self.cursor.execute, cursor.execute, execute}: every KB name it matches. */
export function apiMatchSet(found: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const name of found) {
    const f = apiKey(name);
    if (!f) continue;
    out.add(f);
    for (let i = f.indexOf('.'); i >= 0; i = f.indexOf('.', i + 1)) if (i + 1 < f.length) out.add(f.slice(i + 1));
  }
  return out;
}

/**
 * True when `found` (from code or text) names `known` (from the KB): the same name, a longer
 * receiver chain ending in it ("self.cursor.execute" ~ "cursor.execute"), or a bare function name
 * equal to a bare KB name. Case-insensitive, because authors and languages differ on case.
 */
export function apiMatches(found: string, known: string): boolean {
  const k = apiKey(known);
  return k.length > 0 && apiMatchSet([found]).has(k);
}

/**
 * The names of `known` that `found` matches. `found` may be given as its apiMatchSet and `known`
 * with its keys (apiKey of each, index for index) when the caller prepared them once.
 */
export function anyApiMatches(
  found: readonly string[] | ReadonlySet<string>,
  known: readonly string[],
  knownKeys?: readonly string[],
): string[] {
  const set = Array.isArray(found) ? apiMatchSet(found) : (found as ReadonlySet<string>);
  if (set.size === 0 || known.length === 0) return [];
  const keys = knownKeys ?? known.map(apiKey);
  const hits: string[] = [];
  for (let i = 0; i < keys.length; i += 1) if (set.has(keys[i]!)) hits.push(known[i]!);
  return hits;
}
