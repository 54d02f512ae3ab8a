// The advisor: retrieves advisories for generated code (BM25 over the advisories' code and markers,
// with the marker-keeping tokeniser), preferring the code's language family, re-scored by the rarity
// of the declared markers each one matches (markerRarity), ordered by the evidence per CWE with a Top 25
// prior and family agreement (rankByCwe, cwePrior) and fused with the analyser's findings when the caller
// has them (fuseFindingFacet).
import type { AdvisorySource } from '../kb/kbSourceSchema';
import type { AdvisorPort } from './AdvisorPort';
import type { AdvisoryDocument, AdvisoryIndex } from './AdvisoryIndex';
import type { AdvisoryHit } from './RevisionRecord';
import { markerTokens } from './markerTokens';
import { languageFamily } from './languageFamily';
import { fuseFindingFacet } from './fuseFindingFacet';
import { rankByCwe } from './rankByCwe';
import { markerRarity } from './markerRarity';
import { TOP25_PRIOR_SHARE, isTop25 } from './cwePrior';
import { relatedCwes } from '../cwe/cweHierarchy';

/** Tokens an advisory is indexed by: its code, plus its declared markers (twice, as they are the point). */
export function advisoryDocument(a: AdvisorySource): AdvisoryDocument {
  const markers = a.markers.flatMap((m) => markerTokens(m));
  return { id: a.id, family: languageFamily(a.language), tokens: [...markerTokens(a.code), ...markers, ...markers] };
}

/** The CWE-level signals of rankByCwe, each on by default; turned off only to measure them (evalAdvise). */
export interface AdvisorOptions {
  /** Top 25 membership as a weak prior (cwePrior.ts). */
  prior?: boolean;
  /** Family agreement: a Top 25 CWE adds half the best advisory of its close relatives. */
  family?: boolean;
}

export function createAdvisor(
  advisories: readonly AdvisorySource[],
  index: AdvisoryIndex,
  options: AdvisorOptions = {},
): AdvisorPort {
  const byId = new Map(advisories.map((a) => [a.id, a]));
  const tokenSets = new Map(advisories.map((a) => [a.id, new Set(advisoryDocument(a).tokens)]));
  const families = new Set(advisories.map((a) => languageFamily(a.language)));
  const rarity = markerRarity(
    advisories.map((a) => ({
      id: a.id,
      family: languageFamily(a.language),
      tokens: tokenSets.get(a.id) ?? new Set<string>(),
      markers: new Set(a.markers.flatMap((m) => markerTokens(m))),
    })),
  );
  return {
    async advise(code, language, k, findingCwes = []): Promise<AdvisoryHit[]> {
      const query = [...new Set(markerTokens(code))];
      if (query.length === 0) return [];
      const family = languageFamily(language);
      // Every lexical match is a candidate: a CWE's second advisory or a found CWE's advisory may sit
      // deep in BM25 (a few hundred short documents: cheap).
      const cweOf = (id: string): string => byId.get(id)?.cwe ?? id;
      const lexical = await index.search(query, families.has(family) ? [family] : null, Math.max(k * 4, byId.size));
      const ranked = rarity.rank(lexical, new Set(query));
      const unique = rarity.uniqueMarkerIdf(family);
      const byCwe = rankByCwe(ranked, cweOf, {
        prior: (cwe) => (options.prior !== false && isTop25(cwe) ? TOP25_PRIOR_SHARE * unique : 0),
        // Only towards a Top 25 member: the relatives agree on the family, the prior picks its commonest member.
        kin: (cwe) => (options.family !== false && isTop25(cwe) ? relatedCwes(cwe) : []),
      });
      const hits = diversify(fuseFindingFacet(byCwe, cweOf, findingCwes), cweOf, k);
      return hits.flatMap((hit) => {
        const a = byId.get(hit.id);
        if (!a) return [];
        const tokens = tokenSets.get(hit.id) ?? new Set<string>();
        const matched = query
          .filter((t) => tokens.has(t))
          .sort((x, y) => Number(/[.(=]/.test(y)) - Number(/[.(=]/.test(x)))
          .slice(0, 8);
        const fused = findingCwes.length > 0;
        const facets = fused ? { bm25: round(hit.bm25), findingBoost: round(hit.findingBoost ?? 0, 6) } : {};
        const score = round(hit.score, fused ? 6 : 3);
        return [{ id: a.id, cwe: a.cwe, language: a.language, title: a.title, score, ...facets, matched }];
      });
    },
    async texts(ids) {
      return ids.flatMap((id) => {
        const a = byId.get(id);
        return a ? [{ id, title: a.title, answer: a.answer }] : [];
      });
    },
  };
}

/** Best first, at most PER_CWE advisories of one weakness, so a run of near-duplicates about one
 *  CWE cannot crowd out advice about a second weakness the code also shows. */
export const PER_CWE = 1;
function diversify<T extends { id: string }>(ranked: T[], cweOf: (id: string) => string, k: number): T[] {
  const counts = new Map<string, number>();
  const out: T[] = [];
  for (const hit of ranked) {
    const cwe = cweOf(hit.id);
    const n = counts.get(cwe) ?? 0;
    if (n >= PER_CWE) continue;
    counts.set(cwe, n + 1);
    out.push(hit);
    if (out.length === k) break;
  }
  return out;
}

function round(n: number, digits = 3): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}
