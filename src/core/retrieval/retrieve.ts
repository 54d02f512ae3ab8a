// Hierarchical multi-faceted retrieval: CWEs (level 1) -> their guidelines (level 2) and
// examples (level 3), with every score, rank, threshold verdict and contribution recorded.
import type { FacetsRecord } from '../facets/FacetsRecord';
import type { CweNode, RetrievalRecord } from './RetrievalRecord';
import { queryTextOf, type RetrievalContext, type RetrievalKnowledge } from './RetrievalContext';
import {
  DEFAULT_RETRIEVAL_SETTINGS,
  LEVEL1_FACETS,
  type Level1Facet,
  type RetrievalSettings,
} from './retrievalSettings';
import { passedSummary, round } from './fuseRanks';
import { rankCwes } from './rankCwes';
import { rankGuidelines } from './rankGuidelines';
import { rankExamples } from './rankExamples';
import { apiMatchSet } from '../facets/apiMatch';

export interface RetrieveOptions {
  /** Overrides of the defaults (k, thresholds...). */
  settings?: Partial<RetrievalSettings>;
  /** Level-1 facets to use; all by default (model facets only count when present). */
  facets?: readonly Level1Facet[];
}

export async function retrieve(
  kb: RetrievalKnowledge,
  facets: FacetsRecord,
  options: RetrieveOptions = {},
): Promise<RetrievalRecord> {
  const settings: RetrievalSettings = {
    ...DEFAULT_RETRIEVAL_SETTINGS,
    ...options.settings,
    thresholds: { ...DEFAULT_RETRIEVAL_SETTINGS.thresholds, ...options.settings?.thresholds },
  };
  const queryText = queryTextOf(facets);
  const allApis = [...facets.apis, ...(facets.draft.enabled ? (facets.draft.apis ?? []) : [])];
  const ctx: RetrievalContext = {
    facets,
    kb,
    settings,
    queryText,
    queryVector: kb.embedder.embed(queryText),
    allApis,
    allApiSet: apiMatchSet(allApis),
  };
  const ranked = await rankCwes(ctx, new Set(options.facets ?? LEVEL1_FACETS));
  const chosenIds = ranked
    .filter((r) => r.fused > 0)
    .slice(0, settings.k)
    .map((r) => r.id);
  const byId = new Map(kb.cwes.map((c) => [c.id, c]));
  const chosen = chosenIds.map((id) => byId.get(id)!);
  const guidelines = await rankGuidelines(ctx, chosen);
  const examples = await rankExamples(ctx, chosen);
  const cwes: CweNode[] = ranked.map((item, i) => {
    const cwe = byId.get(item.id)!;
    const isChosen = chosenIds.includes(item.id);
    const why = isChosen
      ? `chosen: ${passedSummary(item.facets)}`
      : item.fused > 0
        ? `not chosen: ranked below the top ${settings.k}`
        : 'not chosen: no facet passed its threshold within the top ranks';
    return {
      id: cwe.id,
      name: cwe.name,
      rank: i + 1,
      fused: round(item.fused),
      chosen: isChosen,
      facets: item.facets,
      why,
      source: 'builtin',
      guidelines: guidelines.get(cwe.id) ?? [],
      examples: examples.get(cwe.id) ?? [],
    };
  });
  return {
    outcome: chosenIds.length > 0 ? 'knowledge' : 'none',
    settings: { k: settings.k, alpha: settings.alpha, rankCap: settings.rankCap, thresholds: settings.thresholds },
    cwes,
    chosen: chosenIds,
    kbVersion: kb.version,
  };
}
