// Operations a task implies: an operation keyword in its words, or one of its APIs in its code.
import type { OperationHit } from './FacetsRecord';
import type { OperationSource } from '../kb/kbSourceSchema';
import { anyApiMatches, apiMatchSet } from './apiMatch';
import { probeContainsWordForm, textProbe, wordFormRegex, type TextProbe } from './literalMatch';
import { prepareOperation, type PreparedOperation } from './PreparedFacets';

/**
 * Keywords match in any regular inflection ("uploads", "parsing"; literalMatch.wordFormRegex).
 * Keywords and APIs imply an operation on their own; cues (common words such as "page") only add
 * to an operation that a keyword or API already implies, so "status page" alone implies nothing.
 * An operation's `notIn` phrases are blanked out before its keywords are looked for, so "log in"
 * is not logging and "query string" is not SQL (the knowledge base says which, not this code).
 * Operations prepared once (PreparedFacets.operations) skip the per-call preparation.
 */
export function matchOperations(
  text: string,
  apis: readonly string[],
  operations: readonly (OperationSource | PreparedOperation)[],
): OperationHit[] {
  const probe = textProbe(text.toLowerCase());
  const found = apiMatchSet(apis);
  const hits: OperationHit[] = [];
  for (const entry of operations) {
    const op = 'source' in entry ? entry : prepareOperation(entry);
    const words = withoutPhrases(probe, op.notIn);
    const evidence = [
      ...op.keywords.filter((k, i) => probeContainsWordForm(words, k, op.keywordRegexes[i])),
      ...anyApiMatches(found, op.apis, op.apiKeys),
    ];
    if (evidence.length === 0) continue;
    const via = [...evidence, ...op.cues.filter((c, i) => probeContainsWordForm(words, c, op.cueRegexes[i]))];
    hits.push({ id: op.source.id, label: op.source.label, via: [...new Set(via)].sort() });
  }
  return hits;
}

/** The probed text with every occurrence of the phrases blanked; the same probe when none occurs (the usual case). */
function withoutPhrases(probe: TextProbe, phrases: readonly string[]): TextProbe {
  const present = phrases.filter((p) => probeContainsWordForm(probe, p));
  if (present.length === 0) return probe;
  let text = probe.text;
  for (const phrase of present) text = text.replace(wordFormRegex(phrase, 'gi'), (m) => ' '.repeat(m.length));
  return textProbe(text);
}
