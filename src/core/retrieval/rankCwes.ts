// Level 1: every CWE scored by each enabled facet, then reciprocal rank fusion of every facet's full
// ranking (thresholds only mark which CWEs may be injected; see fuseRanks).
import type { RetrievalContext } from './RetrievalContext';
import type { Level1Facet } from './retrievalSettings';
import { fuseRanks, type FacetRun, type FusedItem } from './fuseRanks';
import { applyLanguagePrior } from './languagePrior';
import { apiFacetScore, MARKER_WEIGHT, type ApiFacetInput } from './apiFacetScore';
import { matchMarkers } from '../facets/matchMarkers';
import { withCodeShapes } from '../facets/codeShapes';
import { matchOperations } from '../facets/matchOperations';
import { apiMatchSet } from '../facets/apiMatch';
import type { SearchHit } from '../kb/KnowledgeSearch';

/**
 * An API facet's RRF vote grows with its evidence up to one full vote, reached by the strongest single
 * piece the scorer knows (a marker no other CWE shares, MARKER_WEIGHT): ranks alone would give a CWE
 * named by one keyword-revealed operation nearly the vote of one whose marker appears literally.
 */
function apiVote(score: number): number {
  return Math.min(1, score / MARKER_WEIGHT);
}

function toMap(hits: readonly SearchHit[]): Map<string, number> {
  return new Map(hits.map((h) => [h.id, h.score]));
}

/**
 * What a code prefix is meant to do: its comments, and the names that state its purpose (route, class, function,
 * the variable its last line assigns), which are all a prefix without comments has to say it.
 */
function intentText(facets: RetrievalContext['facets']): string {
  const comments = facets.textFromCode ? facets.text.trim() : '';
  return [comments, ...(facets.intentNames ?? [])].join(' ').trim();
}

export async function rankCwes(ctx: RetrievalContext, enabled: ReadonlySet<Level1Facet>): Promise<FusedItem[]> {
  const { kb, facets, settings } = ctx;
  const runs: FacetRun[] = [];
  const run = (facet: Level1Facet, scores: Map<string, number>, evidence?: Map<string, string[]>): void => {
    runs.push({ facet, scores, threshold: settings.thresholds[facet] ?? 0, ...(evidence ? { evidence } : {}) });
  };
  const { profile } = kb.prepared;
  const apiRun = (facet: Level1Facet, input: ApiFacetInput): void => {
    const withSet = { ...input, apiSet: apiMatchSet(input.apis) };
    const scored = kb.cwes.map((c) => [c.id, apiFacetScore(c.id, withSet, profile, settings.apiFacet)] as const);
    run(facet, new Map(scored.map(([id, e]) => [id, e.score])), new Map(scored.map(([id, e]) => [id, e.evidence])));
    runs.at(-1)!.vote = apiVote;
  };
  if (enabled.has('text:bm25')) run('text:bm25', toMap(await kb.search.fulltext('cwes', ctx.queryText)));
  if (enabled.has('text:vector')) run('text:vector', toMap(await kb.search.vector('cwes', ctx.queryVector)));
  // A code prefix's comments say what the code is meant to do; in the one query vector its many code
  // names outweigh them, so they get a vote of their own (a request in words is the query already).
  const intent = intentText(facets);
  if (enabled.has('intent:vector') && intent) {
    run('intent:vector', toMap(await kb.search.vector('cwes', kb.embedder.embed(intent))));
    runs.at(-1)!.rankingOnly = true;
  }
  if (enabled.has('api')) {
    const importedOnly = new Set(facets.importedOnly ?? []);
    apiRun('api', {
      ...facets,
      apis: importedOnly.size > 0 ? facets.apis.filter((a) => !importedOnly.has(a)) : facets.apis,
    });
  }
  const cause = facets.causeAnalysis.text;
  if (enabled.has('cause') && facets.causeAnalysis.enabled && cause) {
    run('cause', toMap(await kb.search.vector('cwes', kb.embedder.embed(cause), 'cause')));
  }
  const draft = facets.draft.text;
  if (enabled.has('draft-api') && facets.draft.enabled && draft) {
    const apis = facets.draft.apis ?? [];
    apiRun('draft-api', {
      markers: matchMarkers(withCodeShapes(draft, draft, facets.language), facets.language, kb.prepared.markers),
      operations: matchOperations('', apis, kb.prepared.operations),
      apis,
    });
  }
  const fused = fuseRanks(
    kb.cwes.map((c) => c.id),
    runs,
    settings,
    'full',
  );
  if (!enabled.has('prior:language')) return fused;
  return applyLanguagePrior(fused, kb.prepared.languageMaterial, facets.language, settings.languagePriorScale);
}
