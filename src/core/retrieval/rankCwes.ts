// Level 1: every CWE scored by each enabled facet, then gated reciprocal rank fusion.
import type { RetrievalContext } from './RetrievalContext';
import type { Level1Facet } from './retrievalSettings';
import { fuseRanks, type FacetRun, type FusedItem } from './fuseRanks';
import { apiFacetScore, operationWeights } from './apiFacetScore';
import { matchMarkers } from '../facets/matchMarkers';
import { matchOperations } from '../facets/matchOperations';
import type { SearchHit } from '../kb/KnowledgeSearch';

function toMap(hits: readonly SearchHit[]): Map<string, number> {
  return new Map(hits.map((h) => [h.id, h.score]));
}

export async function rankCwes(ctx: RetrievalContext, enabled: ReadonlySet<Level1Facet>): Promise<FusedItem[]> {
  const { kb, facets, settings } = ctx;
  const runs: FacetRun[] = [];
  const run = (facet: Level1Facet, scores: Map<string, number>): void => {
    runs.push({ facet, scores, threshold: settings.thresholds[facet] ?? 0 });
  };
  if (enabled.has('text:bm25')) run('text:bm25', toMap(await kb.search.fulltext('cwes', ctx.queryText)));
  if (enabled.has('text:vector')) run('text:vector', toMap(await kb.search.vector('cwes', ctx.queryVector)));
  const weights = operationWeights(kb.cwes);
  if (enabled.has('api')) {
    run('api', new Map(kb.cwes.map((c) => [c.id, apiFacetScore(c, facets.markers, facets.operations, facets.apis, weights)])));
  }
  const cause = facets.causeAnalysis.text;
  if (enabled.has('cause') && facets.causeAnalysis.enabled && cause) {
    run('cause', toMap(await kb.search.vector('cwes', kb.embedder.embed(cause), 'cause')));
  }
  const draft = facets.draft.text;
  if (enabled.has('draft-api') && facets.draft.enabled && draft) {
    const draftApis = facets.draft.apis ?? [];
    const markers = matchMarkers(draft, facets.language, kb.cwes);
    const ops = matchOperations('', draftApis, kb.operations);
    run('draft-api', new Map(kb.cwes.map((c) => [c.id, apiFacetScore(c, markers, ops, draftApis, weights)])));
  }
  return fuseRanks(kb.cwes.map((c) => c.id), runs, settings);
}
