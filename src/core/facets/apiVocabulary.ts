// Every API name the knowledge base knows (operation APIs, guideline APIs, CWE markers that look
// like names), already normalised: text mentions are matched against it. Computed once per
// knowledge base by prepareFacets.
import type { FacetKnowledge } from './FacetKnowledge';
import { normaliseApi } from './apiMatch';

export function apiVocabulary(kb: Pick<FacetKnowledge, 'operations' | 'cwes'>): string[] {
  const names = new Set<string>();
  for (const op of kb.operations) for (const api of op.apis) names.add(api);
  for (const cwe of kb.cwes) {
    for (const g of cwe.guidelines) for (const api of g.apis) names.add(api);
    for (const list of Object.values(cwe.markers)) for (const m of list) if (/^[\w.$]+$/.test(m)) names.add(m);
  }
  return [...new Set([...names].map(normaliseApi))].filter((a) => a.length >= 3 && /^[\w.$]+$/.test(a)).sort();
}
