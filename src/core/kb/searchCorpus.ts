// The documents the search port indexes: the artefact's items with their distinct BM25 terms per
// field and their vectors, decoded from the artefact's precomputed part when it has one (the
// browser's fast path) and computed with the shipped embedder otherwise.
import type { KnowledgeArtefact } from './knowledgeArtefactSchema';
import type { Embedder } from './Embedder';
import type { SearchCorpus, SearchDocument } from './KnowledgeSearch';
import { computeFeatures, shippedFeatures, type CorpusFeatures } from './precomputed/corpusFeatures';

/** Field boosts for BM25: the weakness's own words count more than its example tasks. */
export const CWE_FIELD_BOOSTS = { core: 1, usage: 0.8 };

export function corpusFeatures(artefact: KnowledgeArtefact, embedder: Embedder): CorpusFeatures {
  return shippedFeatures(artefact, embedder.dims) ?? computeFeatures(artefact, embedder);
}

export function searchCorpus(artefact: KnowledgeArtefact, embedder: Embedder, features = corpusFeatures(artefact, embedder)): SearchCorpus {
  const { termLists, vectors } = features;
  const n = artefact.cwes.length;
  const cwes: SearchDocument[] = artefact.cwes.map((cwe, i) => ({
    id: cwe.id, cwe: cwe.id, terms: { core: termLists[2 * i]!, usage: termLists[2 * i + 1]! },
    vectors: { text: vectors[i]!, cause: vectors[n + i]! },
  }));
  let at = 0;
  const next = (id: string, cwe: string): SearchDocument => {
    const doc = { id, cwe, terms: { text: termLists[2 * n + at]! }, vectors: { text: vectors[2 * n + at]! } };
    at += 1;
    return doc;
  };
  const guidelines = artefact.cwes.flatMap((cwe) => cwe.guidelines.map((g) => next(g.id, cwe.id)));
  const examples = artefact.cwes.flatMap((cwe) => cwe.examples.map((e) => next(e.id, cwe.id)));
  const advisories = artefact.advisories.map((a) => next(a.id, a.cwe));
  return { dims: embedder.dims, boosts: { cwes: CWE_FIELD_BOOSTS }, indexes: { cwes, guidelines, examples, advisories } };
}
