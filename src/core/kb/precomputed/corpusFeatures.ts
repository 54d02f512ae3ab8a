// The per-item features the search indexes: distinct BM25 terms per field and vectors, in corpus
// order. Computed from texts at build time (and for merged user knowledge), decoded from the
// artefact at load time; both paths give the same values (vectors go through the same int16 step).
import type { KnowledgeArtefact } from '../knowledgeArtefactSchema';
import type { Embedder } from '../Embedder';
import { tokenize } from '../tokenize';
import { advisoryText, cweCoreText, cweUsageText, exampleText, guidelineText } from '../searchTexts';
import { decodeVectors, roundTripVector } from './itemVectors';
import { decodeTermLists } from './termLists';

export interface CorpusFeatures {
  /** Per CWE: core and usage fields; then one text field per guideline, example and advisory. */
  termLists: string[][];
  /** CWE text vectors, CWE cause vectors, then guidelines, examples and advisories. */
  vectors: Float32Array[];
}

export function corpusCounts(artefact: KnowledgeArtefact): { cwes: number; guidelines: number; examples: number; advisories: number } {
  return {
    cwes: artefact.cwes.length,
    guidelines: artefact.cwes.reduce((n, c) => n + c.guidelines.length, 0),
    examples: artefact.cwes.reduce((n, c) => n + c.examples.length, 0),
    advisories: artefact.advisories.length,
  };
}

export function computeFeatures(artefact: KnowledgeArtefact, embedder: Embedder): CorpusFeatures {
  const distinct = (text: string): string[] => [...new Set(tokenize(text))];
  const cweTexts = artefact.cwes.map((c) => ({ core: cweCoreText(c), usage: cweUsageText(c, artefact.advisories) }));
  const itemTexts = [
    ...artefact.cwes.flatMap((c) => c.guidelines.map(guidelineText)),
    ...artefact.cwes.flatMap((c) => c.examples.map(exampleText)),
    ...artefact.advisories.map(advisoryText),
  ];
  const termLists = [...cweTexts.flatMap((t) => [distinct(t.core), distinct(t.usage)]), ...itemTexts.map(distinct)];
  const vectors = [
    ...cweTexts.map((t) => `${t.core}\n${t.usage}`),
    ...artefact.cwes.map((c) => `${c.description}\n${c.cause}`),
    ...itemTexts,
  ].map((text) => roundTripVector(embedder.embed(text)));
  return { termLists, vectors };
}

/** The artefact's precomputed features, or null when absent or not matching its items. */
export function shippedFeatures(artefact: KnowledgeArtefact, dims: number): CorpusFeatures | null {
  const shipped = artefact.precomputed;
  if (!shipped) return null;
  const c = corpusCounts(artefact);
  const items = c.guidelines + c.examples + c.advisories;
  if (shipped.vectors.count !== 2 * c.cwes + items || shipped.terms.lists !== 2 * c.cwes + items) return null;
  const vectors = decodeVectors(shipped.vectors, dims);
  const termLists = decodeTermLists(shipped.terms);
  return vectors && termLists ? { termLists, vectors } : null;
}
