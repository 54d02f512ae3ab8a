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
import { passedSummary, rankedSummary, round, type FusedItem } from './fuseRanks';
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
  // The order is the fused full rankings; of its top k, those a facet vouches for (threshold) are injected.
  const chosenIds = ranked
    .slice(0, settings.k)
    .filter((r) => r.passed)
    .map((r) => r.id);
  const byId = new Map(kb.cwes.map((c) => [c.id, c]));
  const chosen = chosenIds.map((id) => byId.get(id)!);
  const guidelines = await rankGuidelines(ctx, chosen);
  const examples = await rankExamples(ctx, chosen);
  const cwes: CweNode[] = ranked.map((item, i) => {
    const cwe = byId.get(item.id)!;
    return {
      id: cwe.id,
      name: cwe.name,
      related: kb.prepared.hierarchy.relatives(cwe.id),
      rank: i + 1,
      fused: round(item.fused),
      chosen: chosenIds.includes(item.id),
      facets: item.facets,
      why: whyCwe(item, i, settings.k),
      source: 'builtin',
      guidelines: guidelines.get(cwe.id) ?? [],
      examples: examples.get(cwe.id) ?? [],
    };
  });
  const note =
    chosenIds.length > 0
      ? undefined
      : `no CWE passed an injection threshold, so no knowledge is injected; best candidates: ${ranked
          .slice(0, settings.k)
          .filter((r) => r.fused > 0)
          .map((r) => `${r.id} (${rankedSummary(r.facets)})`)
          .join(', ')}`;
  return {
    outcome: chosenIds.length > 0 ? 'knowledge' : 'none',
    settings: { k: settings.k, alpha: settings.alpha, rankCap: settings.rankCap, thresholds: settings.thresholds },
    cwes,
    chosen: chosenIds,
    kbVersion: kb.version,
    ...(note ? { note } : {}),
  };
}

function whyCwe(item: FusedItem, index: number, k: number): string {
  if (index < k && item.passed) return `injected: ${passedSummary(item.facets)}`;
  if (index < k)
    return `not injected: in the top ${k} (${rankedSummary(item.facets)}) but no facet passed its threshold`;
  return item.passed
    ? `not injected: passed (${passedSummary(item.facets)}) but ranked below the top ${k}`
    : `not injected: ranked below the top ${k}`;
}
