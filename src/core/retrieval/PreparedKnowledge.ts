// Everything facet extraction and retrieval precompute from a knowledge base, built once when it
// loads (createKnowledgeBase) and passed along with it: the facets' vocabulary, operations and
// markers, the API facet's profile, and the normalised API names of every guideline and example.
// It lives exactly as long as its knowledge base, so loading a user KB does not grow a hidden cache.
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';
import type { OperationSource } from '../kb/kbSourceSchema';
import { apiKey } from '../facets/apiMatch';
import { prepareFacets, type PreparedFacets } from '../facets/PreparedFacets';
import { apiProfile, type ApiProfile, type ProfileCounts } from './apiProfile';
import { createCweHierarchy, type CweHierarchy } from '../cwe/createCweHierarchy';
import type { CweHierarchyData } from '../cwe/cweHierarchySchema';
import { cweHierarchy } from '../cwe/cweHierarchy';
import { languageMaterial, type LanguageMaterial } from './languagePrior';

export interface PreparedKnowledge extends PreparedFacets {
  readonly profile: ApiProfile;
  /** Guideline id -> apiKey of each of its APIs, index for index. */
  readonly guidelineApiKeys: ReadonlyMap<string, readonly string[]>;
  /** Example id -> apiKey of each of its APIs, index for index. */
  readonly exampleApiKeys: ReadonlyMap<string, readonly string[]>;
  /** The artefact's CWE hierarchy (the bundled kb/cwe-hierarchy.json for an entry list without one). */
  readonly hierarchy: CweHierarchy;
  /** Per language, how much KB material each CWE has in it (the language prior, languagePrior.ts). */
  readonly languageMaterial: LanguageMaterial;
}

export interface KnowledgeEntries {
  readonly cwes: readonly ArtefactCwe[];
  readonly operations: readonly OperationSource[];
  readonly cweHierarchy?: CweHierarchyData;
}

/** `counts` (shipped in the artefact) skips the profile's costly scans; without it they are computed. */
export function prepareKnowledge(kb: KnowledgeEntries, counts?: ProfileCounts): PreparedKnowledge {
  const keysOf = (apis: readonly string[]) => apis.map(apiKey);
  return {
    ...prepareFacets(kb),
    profile: apiProfile(kb, counts),
    guidelineApiKeys: new Map(kb.cwes.flatMap((c) => c.guidelines.map((g) => [g.id, keysOf(g.apis)] as const))),
    exampleApiKeys: new Map(kb.cwes.flatMap((c) => c.examples.map((e) => [e.id, keysOf(e.apis)] as const))),
    hierarchy: kb.cweHierarchy ? createCweHierarchy(kb.cweHierarchy) : cweHierarchy,
    languageMaterial: languageMaterial(kb.cwes),
  };
}
