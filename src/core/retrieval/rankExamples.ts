// Level 3: the vulnerable/fixed examples of the chosen CWEs, ranked by fused text, vector, API,
// language and (when present) draft-similarity facets. The task's language is preferred: another
// language's example is chosen only when a CWE has none in the task's language.
import type { ExampleNode } from './RetrievalRecord';
import type { RetrievalContext } from './RetrievalContext';
import type { ArtefactCwe, ArtefactExample } from '../kb/knowledgeArtefactSchema';
import { fuseRanks, passedSummary, round, type FacetRun } from './fuseRanks';
import { anyApiMatches } from '../facets/apiMatch';

export async function rankExamples(
  ctx: RetrievalContext,
  chosen: readonly ArtefactCwe[],
): Promise<Map<string, ExampleNode[]>> {
  const { kb, facets, settings } = ctx;
  const all: ArtefactExample[] = chosen.flatMap((c) => c.examples);
  const t = settings.thresholds;
  const filter = { cwes: chosen.map((c) => c.id) };
  const toMap = (hits: { id: string; score: number }[]): Map<string, number> =>
    new Map(hits.map((h) => [h.id, h.score]));
  const runs: FacetRun[] = [
    {
      facet: 'text:bm25',
      scores: toMap(await kb.search.fulltext('examples', ctx.queryText, filter)),
      threshold: t['example:text:bm25'] ?? 0,
    },
    {
      facet: 'text:vector',
      scores: toMap(await kb.search.vector('examples', ctx.queryVector, 'text', filter)),
      threshold: t['example:text:vector'] ?? 0,
    },
    {
      facet: 'api',
      scores: new Map(
        all.map((e) => [e.id, anyApiMatches(ctx.allApiSet, e.apis, kb.prepared.exampleApiKeys.get(e.id)).length]),
      ),
      threshold: t['example:api'] ?? 1,
    },
    {
      facet: 'language',
      scores: new Map(all.map((e) => [e.id, e.language === facets.language ? 1 : 0])),
      threshold: t['example:language'] ?? 1,
    },
  ];
  if (facets.draft.enabled && facets.draft.text) {
    const draft = kb.embedder.embed(facets.draft.text);
    runs.push({
      facet: 'draft',
      scores: toMap(await kb.search.vector('examples', draft, 'text', filter)),
      threshold: t['example:draft'] ?? 0,
    });
  }
  const fused = fuseRanks(
    all.map((e) => e.id),
    runs,
    settings,
  );
  const byId = new Map(all.map((e) => [e.id, e]));
  const out = new Map<string, ExampleNode[]>();
  for (const cwe of chosen) {
    const mine = fused.filter((f) => byId.get(f.id)!.cwe === cwe.id);
    const sameLanguage = mine.some((f) => byId.get(f.id)!.language === facets.language);
    let picked = 0;
    out.set(
      cwe.id,
      mine.map((item, i) => {
        const e = byId.get(item.id)!;
        const eligible = !sameLanguage || e.language === facets.language;
        const isChosen = eligible && picked < settings.examplesPerCwe;
        if (isChosen) picked += 1;
        const why = !eligible
          ? `not chosen: ${e.language} example, and ${cwe.id} has ${facets.language} ones`
          : isChosen
            ? `chosen: ${passedSummary(item.facets) || 'best available'}${e.language !== facets.language ? ` (no ${facets.language} example)` : ''}`
            : `not chosen: ${settings.examplesPerCwe} better examples for ${cwe.id}`;
        return {
          id: e.id,
          cwe: e.cwe,
          language: e.language,
          task: e.task,
          description: e.description,
          vulnerable: e.vulnerable,
          fixed: e.fixed,
          rank: i + 1,
          fused: round(item.fused),
          chosen: isChosen,
          facets: item.facets,
          why,
          source: 'builtin' as const,
        };
      }),
    );
  }
  return out;
}
