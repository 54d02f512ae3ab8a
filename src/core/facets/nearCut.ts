// The operations named in the last lines before a prefix's cut. A completion continues the lines right above it:
// `# get a random chunk of data`, `if algorithm == 'MD5':` or `import hashlib` two lines up say more about the next
// line than the same words at the top of the region, which describe the file. The API facet weighs these
// operations as if an API had revealed them (apiFacetScore.ts, NEAR_CUT_FACTOR). Only a long prefix read from
// its cut region (cutRegion.ts) gets them: a short prefix written as a task is its own near context.
import type { OperationHit } from './FacetsRecord';
import type { PreparedOperation } from './PreparedFacets';
import { matchOperations } from './matchOperations';
import { patternCalls } from './patternApis';
import { normaliseApi } from './apiMatch';

/** Non-blank lines before the cut read as its near context (2 / 3 / 5 measured on field develop: 3 kept). */
export const NEAR_CUT_LINES_FOR_OPERATIONS = 3;

export function nearCutOperations(prompt: string, operations: readonly PreparedOperation[]): string[] {
  const near = prompt
    .split('\n')
    .filter((l) => l.trim())
    .slice(-NEAR_CUT_LINES_FOR_OPERATIONS)
    .join('\n');
  if (!near) return [];
  const hits: OperationHit[] = matchOperations(near, patternCalls(near).map(normaliseApi), operations);
  return hits.map((h) => h.id);
}
