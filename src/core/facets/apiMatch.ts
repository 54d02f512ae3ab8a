// When a call name found in a task matches an API name listed in the knowledge base.
/** Normalises "subprocess.run(", "$pdo->query" or "std::system" to dotted form. */
export function normaliseApi(name: string): string {
  return name.trim().replace(/\s+/g, '').replace(/\($/, '').replace(/->|::/g, '.').replace(/^\$/, '');
}

/**
 * True when `found` (from code or text) names `known` (from the KB): the same name, a longer
 * receiver chain ending in it ("self.cursor.execute" ~ "cursor.execute"), or a bare function name
 * equal to a bare KB name. Case-insensitive, because authors and languages differ on case.
 */
export function apiMatches(found: string, known: string): boolean {
  const f = normaliseApi(found).toLowerCase();
  const k = normaliseApi(known).toLowerCase();
  if (!f || !k) return false;
  return f === k || f.endsWith(`.${k}`);
}

export function anyApiMatches(found: readonly string[], known: readonly string[]): string[] {
  const hits: string[] = [];
  for (const k of known) if (found.some((f) => apiMatches(f, k))) hits.push(k);
  return hits;
}
