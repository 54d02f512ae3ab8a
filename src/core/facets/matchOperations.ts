// Operations a task implies: an operation keyword in its words, or one of its APIs in its code.
import type { OperationHit } from './FacetsRecord';
import type { OperationSource } from '../kb/kbSourceSchema';
import { anyApiMatches } from './apiMatch';
import { probeContains, textProbe } from './literalMatch';

interface PreparedOperation {
  keywords: string[];
  cues: string[];
  apis: string[];
}

// Per-operation lists prepared once: this runs for every task and every draft.
const prepared = new WeakMap<OperationSource, PreparedOperation>();

function prepare(op: OperationSource): PreparedOperation {
  let p = prepared.get(op);
  if (!p) {
    p = {
      keywords: op.keywords.map((k) => k.toLowerCase()),
      cues: (op.cues ?? []).map((k) => k.toLowerCase()),
      apis: op.apis.filter((a) => /^[\w.$:>-]+$/.test(a)),
    };
    prepared.set(op, p);
  }
  return p;
}

/**
 * Keywords and APIs imply an operation on their own; cues (common words such as "page") only add
 * to an operation that a keyword or API already implies, so "status page" alone implies nothing.
 */
export function matchOperations(
  text: string,
  apis: readonly string[],
  operations: readonly OperationSource[],
): OperationHit[] {
  const probe = textProbe(text.toLowerCase());
  const hits: OperationHit[] = [];
  for (const op of operations) {
    const { keywords, cues, apis: known } = prepare(op);
    const evidence = [...keywords.filter((k) => probeContains(probe, k)), ...anyApiMatches(apis, known)];
    if (evidence.length === 0) continue;
    const via = [...evidence, ...cues.filter((c) => probeContains(probe, c))];
    hits.push({ id: op.id, label: op.label, via: [...new Set(via)].sort() });
  }
  return hits;
}
