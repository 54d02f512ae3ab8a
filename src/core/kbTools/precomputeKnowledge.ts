// Build-time precomputation: everything loading would otherwise derive from the artefact's texts
// (item vectors, BM25 term lists, the API facet's KB-wide counts), in the artefact's canonical form.
import type { KnowledgeArtefact, Precomputed } from '../kb/knowledgeArtefactSchema';
import type { Embedder } from '../kb/Embedder';
import { profileCounts, type ProfileCounts } from '../retrieval/apiProfile';
import { computeFeatures } from '../kb/precomputed/corpusFeatures';
import { quantiseVectors } from '../kb/precomputed/itemVectors';
import { encodeTermLists } from '../kb/precomputed/termLists';

export function precomputeKnowledge(artefact: KnowledgeArtefact, embedder: Embedder): Precomputed {
  const features = computeFeatures(artefact, embedder);
  const counts = profileCounts(artefact);
  return {
    vectors: quantiseVectors(features.vectors, embedder.dims),
    terms: encodeTermLists(features.termLists),
    markerCwes: [...counts.markerCwes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    proseWords: [...counts.proseWords].sort(),
    evidenceCwes: [...counts.evidenceCwes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}

/** The shipped counts as the API profile takes them, or undefined when the artefact has none. */
export function shippedProfileCounts(artefact: KnowledgeArtefact): ProfileCounts | undefined {
  const p = artefact.precomputed;
  if (!p) return undefined;
  const counts = { markerCwes: new Map(p.markerCwes), proseWords: new Set(p.proseWords) };
  return p.evidenceCwes ? { ...counts, evidenceCwes: new Map(p.evidenceCwes) } : counts;
}
