// The analyser's version for evaluation reports: a hash of every rule's identity and metadata (id, CWE,
// languages, severity, message, fix, queries, taint patterns), so it changes when the rule set changes.
import type { Rule } from './Rule';
import { RULES } from './ruleRegistry';

/** What a rule contributes: everything declarative. Predicate functions are left out (see docs/evaluation.md). */
function ruleText(rule: Rule): string {
  const meta = [rule.id, rule.cwe, rule.languages.join(','), rule.severity, rule.message, rule.fix];
  if (rule.kind === 'query') return JSON.stringify([...meta, rule.query]);
  const { sources, sinks, sanitizers, guard } = rule.taint;
  const pattern = (r: RegExp | undefined): string | null => (r ? `${r.source}/${r.flags}` : null);
  const sinkText = Object.entries(sinks).map(([language, list]) => [
    language,
    (list ?? []).map((s) => [pattern(s.callee), s.args ?? null]),
  ]);
  const sourceText = Object.entries(sources).map(([language, r]) => [language, pattern(r)]);
  return JSON.stringify([...meta, sourceText, sinkText, pattern(sanitizers), pattern(guard)]);
}

/** FNV-1a, 64 bits, over the UTF-8 bytes: stable across Node and browsers and needs no async crypto. */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** `rules-N-HASH`: the number of rules and a hash of them, sorted by id so registry order does not matter. */
export function analyzerVersion(rules: readonly Rule[] = RULES): string {
  const text = rules.map(ruleText).sort().join('\n');
  return `rules-${rules.length}-${fnv1a64(text)}`;
}
