// Operations a task implies: an operation keyword in its words, or one of its APIs in its code.
import type { OperationHit } from './FacetsRecord';
import type { OperationSource } from '../kb/kbSourceSchema';
import { anyApiMatches } from './apiMatch';
import { containsLiteral } from './literalMatch';

export function matchOperations(text: string, apis: readonly string[], operations: readonly OperationSource[]): OperationHit[] {
  const lower = text.toLowerCase();
  const hits: OperationHit[] = [];
  for (const op of operations) {
    const via = [
      ...op.keywords.filter((k) => containsLiteral(lower, k.toLowerCase())),
      ...anyApiMatches(apis, op.apis.filter((a) => /^[\w.$:>-]+$/.test(a))),
    ];
    if (via.length > 0) hits.push({ id: op.id, label: op.label, via: [...new Set(via)].sort() });
  }
  return hits;
}
