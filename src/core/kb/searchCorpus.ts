// The documents the search port indexes, built from the artefact with the shipped embedder.
import type { KnowledgeArtefact } from './knowledgeArtefactSchema';
import type { Embedder } from './Embedder';
import type { SearchCorpus } from './KnowledgeSearch';
import { advisoryText, cweCoreText, cweUsageText, exampleText, guidelineText } from './searchTexts';

/** Field boosts for BM25: the weakness's own words count more than its example tasks. */
export const CWE_FIELD_BOOSTS = { core: 1, usage: 0.8 };

export function searchCorpus(artefact: KnowledgeArtefact, embedder: Embedder): SearchCorpus {
  const cwes = artefact.cwes.map((cwe) => {
    const core = cweCoreText(cwe);
    const usage = cweUsageText(cwe, artefact.advisories);
    return {
      id: cwe.id, cwe: cwe.id, fields: { core, usage },
      vectors: { text: embedder.embed(`${core}\n${usage}`), cause: embedder.embed(`${cwe.description}\n${cwe.cause}`) },
    };
  });
  const guidelines = artefact.cwes.flatMap((cwe) => cwe.guidelines.map((g) => ({
    id: g.id, cwe: cwe.id, fields: { text: guidelineText(g) }, vectors: { text: embedder.embed(guidelineText(g)) },
  })));
  const examples = artefact.cwes.flatMap((cwe) => cwe.examples.map((e) => ({
    id: e.id, cwe: cwe.id, fields: { text: exampleText(e) }, vectors: { text: embedder.embed(exampleText(e)) },
  })));
  const advisories = artefact.advisories.map((a) => ({
    id: a.id, cwe: a.cwe, fields: { text: advisoryText(a) }, vectors: { text: embedder.embed(advisoryText(a)) },
  }));
  return { dims: embedder.dims, boosts: { cwes: CWE_FIELD_BOOSTS }, indexes: { cwes, guidelines, examples, advisories } };
}
