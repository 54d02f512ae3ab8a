// The loaded knowledge base: the artefact's entries, the shipped embedder and a search port,
// ready for retrieval (`retrieve(kb, facets)` takes it). The same object serves Node (CLI) and a browser worker.
import type { AdvisorySource, OperationSource, TaskSource } from '../kb/kbSourceSchema';
import type { ArtefactCwe, KnowledgeArtefact } from '../kb/knowledgeArtefactSchema';
import type { KnowledgeSearch, SearchCorpus } from '../kb/KnowledgeSearch';
import { createEmbedder, type Embedder } from '../kb/Embedder';
import { corpusFeatures, searchCorpus } from '../kb/searchCorpus';
import { shippedProfileCounts } from './precomputeKnowledge';
import { prepareKnowledge, type PreparedKnowledge } from '../retrieval/PreparedKnowledge';

export interface KnowledgeBase {
  readonly version: string;
  readonly operations: readonly OperationSource[];
  readonly cwes: readonly ArtefactCwe[];
  readonly tasks: readonly TaskSource[];
  readonly advisories: readonly AdvisorySource[];
  readonly embedder: Embedder;
  readonly search: KnowledgeSearch;
  /** What facets and retrieval precompute from the entries, built once here. */
  readonly prepared: PreparedKnowledge;
  cwe(id: string): ArtefactCwe | undefined;
}

/** Builds the search port from the corpus; the Orama adapter provides one. */
export type SearchFactory = (corpus: SearchCorpus) => Promise<KnowledgeSearch>;

/** Milliseconds per loading step, filled in when given (the worker reports them as CoreReady.phases). */
export type LoadPhases = Record<string, number>;

export async function createKnowledgeBase(
  artefact: KnowledgeArtefact,
  makeSearch: SearchFactory,
  phases: LoadPhases = {},
): Promise<KnowledgeBase> {
  let mark = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    mark = now;
  };
  const embedder = createEmbedder(artefact.embedder);
  const features = corpusFeatures(artefact, embedder);
  lap('embed');
  const search = await makeSearch(searchCorpus(artefact, embedder, features));
  lap('index');
  const byId = new Map(artefact.cwes.map((c) => [c.id, c]));
  // The API facet's per-KB weights and the normalised names are prepared here, while loading, not
  // during the first query; the build ships the profile's costly counts.
  const prepared = prepareKnowledge(artefact, shippedProfileCounts(artefact));
  lap('profile');
  const kb: KnowledgeBase = {
    version: artefact.version,
    operations: artefact.operations,
    cwes: artefact.cwes,
    tasks: artefact.tasks,
    advisories: artefact.advisories,
    embedder,
    search,
    prepared,
    cwe: (id) => byId.get(id),
  };
  return kb;
}
