// Level 2: the guidelines of the chosen CWEs, plus those their close relatives lend (relativeGuidelines.ts),
// ranked by fused text, API-overlap and language facets; a guideline written for another language is never chosen.
import type { GuidelineNode } from './RetrievalRecord';
import type { RetrievalContext } from './RetrievalContext';
import type { ArtefactCwe, ArtefactGuideline } from '../kb/knowledgeArtefactSchema';
import { fuseRanks, passedSummary, round, type FusedItem } from './fuseRanks';
import type { CweRelation } from '../cwe/createCweHierarchy';
import { anyApiMatches } from '../facets/apiMatch';
import { relativeGuidelines } from './relativeGuidelines';

export function languageFit(languages: readonly string[], language: string): number {
  if (languages.length === 0) return 0.5;
  return languages.includes(language) ? 1 : 0;
}

export async function rankGuidelines(
  ctx: RetrievalContext,
  chosen: readonly ArtefactCwe[],
): Promise<Map<string, GuidelineNode[]>> {
  const { kb, facets, settings } = ctx;
  const cweById = new Map(kb.cwes.map((c) => [c.id, c]));
  const borrowed = relativeGuidelines(chosen, (id) => cweById.get(id), kb.prepared.hierarchy, facets.language);
  const lentBy = new Map(borrowed.map((b) => [b.guideline.id, b]));
  const all: ArtefactGuideline[] = [...chosen.flatMap((c) => c.guidelines), ...borrowed.map((b) => b.guideline)];
  const t = settings.thresholds;
  const searched = [...new Set([...chosen.map((c) => c.id), ...borrowed.map((b) => b.guideline.cwe)])];
  const bm25 = await kb.search.fulltext('guidelines', ctx.queryText, { cwes: searched });
  const fused = fuseRanks(
    all.map((g) => g.id),
    [
      {
        facet: 'text:bm25',
        scores: new Map(bm25.map((h) => [h.id, h.score])),
        threshold: t['guideline:text:bm25'] ?? 0,
      },
      {
        facet: 'api',
        scores: new Map(
          all.map((g) => [g.id, anyApiMatches(ctx.allApiSet, g.apis, kb.prepared.guidelineApiKeys.get(g.id)).length]),
        ),
        threshold: t['guideline:api'] ?? 1,
      },
      {
        facet: 'language',
        scores: new Map(all.map((g) => [g.id, languageFit(g.languages, facets.language)])),
        threshold: t['guideline:language'] ?? 0.5,
      },
    ],
    settings,
  );
  const byId = new Map(all.map((g) => [g.id, g]));
  const out = new Map<string, GuidelineNode[]>(chosen.map((c) => [c.id, []]));
  for (const item of fused) {
    const g = byId.get(item.id)!;
    const lent = lentBy.get(g.id);
    const list = out.get(lent?.home ?? g.cwe)!;
    if (lent) {
      list.push(relativeNode(g, lent.home, lent.relation, item, list, settings.relativeGuidelinesPerCwe));
      continue;
    }
    const fits = languageFit(g.languages, facets.language) > 0;
    const isChosen = fits && list.filter((n) => n.chosen && !n.relation).length < settings.guidelinesPerCwe;
    const why = !fits
      ? `not chosen: written for ${g.languages.join(', ')}, the task is ${facets.language}`
      : isChosen
        ? `chosen: ${passedSummary(item.facets) || 'fits the language'}`
        : `not chosen: ${settings.guidelinesPerCwe} better guidelines for ${g.cwe}`;
    list.push({
      id: g.id,
      cwe: g.cwe,
      text: g.text,
      rank: list.length + 1,
      fused: round(item.fused),
      chosen: isChosen,
      facets: item.facets,
      why,
      source: 'builtin',
    });
  }
  return out;
}

/** A borrowed guideline's node: chosen while its home CWE has lent fewer than `cap`; the trace says from whom. */
function relativeNode(
  g: ArtefactGuideline,
  home: string,
  relation: CweRelation,
  item: FusedItem,
  list: readonly GuidelineNode[],
  cap: number,
): GuidelineNode {
  const isChosen = list.filter((n) => n.chosen && n.relation).length < cap;
  const from = `from ${g.cwe}, the ${relation} of ${home}`;
  return {
    id: g.id,
    cwe: g.cwe,
    text: g.text,
    rank: list.length + 1,
    fused: round(item.fused),
    chosen: isChosen,
    facets: item.facets,
    why: isChosen ? `chosen ${from}` : `not chosen (${from}): ${home} already has ${cap} from its relatives`,
    source: 'builtin',
    relation,
  };
}
