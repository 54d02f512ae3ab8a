// Operations a task implies: an operation keyword in its words, or one of its APIs in its code.
import type { OperationHit } from './FacetsRecord';
import type { OperationSource } from '../kb/kbSourceSchema';
import { anyApiMatches, apiMatchSet } from './apiMatch';
import { probeContainsWordForm, textProbe } from './literalMatch';
import { prepareOperation, type PreparedOperation } from './PreparedFacets';

/**
 * Keywords match in any regular inflection ("uploads", "parsing"; literalMatch.wordFormRegex).
 * Keywords and APIs imply an operation on their own; cues (common words such as "page") only add
 * to an operation that a keyword or API already implies, so "status page" alone implies nothing.
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
    const evidence = [
      ...op.keywords.filter((k) => probeContainsWordForm(probe, k)),
      ...anyApiMatches(found, op.apis, op.apiKeys),
    ];
    if (evidence.length === 0) continue;
    const via = [...evidence, ...op.cues.filter((c) => probeContainsWordForm(probe, c))];
    hits.push({ id: op.source.id, label: op.source.label, via: [...new Set(via)].sort() });
  }
  return hits;
}
