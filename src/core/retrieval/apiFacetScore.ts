// The API facet of a CWE: how strongly a task's code names match what signals the weakness.
// Literal markers weigh most, then shared operations (rarer operations weigh more), then API
// names that the CWE's guidelines mention.
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';
import type { MarkerHit, OperationHit } from '../facets/FacetsRecord';
import { anyApiMatches } from '../facets/apiMatch';

export const MARKER_WEIGHT = 2;
export const GUIDELINE_API_WEIGHT = 0.5;

/** Operation weight 1/sqrt(number of CWEs that list it): "shell" says more than "input-validation". */
export function operationWeights(cwes: readonly ArtefactCwe[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cwe of cwes) for (const op of cwe.operations) counts.set(op, (counts.get(op) ?? 0) + 1);
  return new Map([...counts].map(([op, n]) => [op, 1 / Math.sqrt(n)]));
}

export function apiFacetScore(
  cwe: ArtefactCwe,
  markers: readonly MarkerHit[],
  operations: readonly OperationHit[],
  apis: readonly string[],
  weights: ReadonlyMap<string, number>,
): number {
  const markerHits = markers.find((m) => m.cwe === cwe.id)?.markers.length ?? 0;
  const ops = operations.filter((o) => cwe.operations.includes(o.id)).reduce((s, o) => s + (weights.get(o.id) ?? 0), 0);
  const guidelineApis = [...new Set(cwe.guidelines.flatMap((g) => g.apis))];
  const apiHits = anyApiMatches(apis, guidelineApis).length;
  return MARKER_WEIGHT * Math.min(markerHits, 3) + ops + GUIDELINE_API_WEIGHT * Math.min(apiHits, 4);
}
