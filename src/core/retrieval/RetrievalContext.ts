// What the three retrieval levels share: the facets, the knowledge, the search port, the
// embedded query and the settings.
import type { FacetsRecord } from '../facets/FacetsRecord';
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';
import type { OperationSource } from '../kb/kbSourceSchema';
import type { Embedder } from '../kb/Embedder';
import type { KnowledgeSearch } from '../kb/KnowledgeSearch';
import type { RetrievalSettings } from './retrievalSettings';
import type { PreparedKnowledge } from './PreparedKnowledge';

export interface RetrievalKnowledge {
  readonly cwes: readonly ArtefactCwe[];
  readonly operations: readonly OperationSource[];
  readonly embedder: Embedder;
  readonly search: KnowledgeSearch;
  readonly version: string;
  /** Built once per knowledge base (createKnowledgeBase); every query reads it. */
  readonly prepared: PreparedKnowledge;
}

export interface RetrievalContext {
  facets: FacetsRecord;
  kb: RetrievalKnowledge;
  settings: RetrievalSettings;
  /** The words BM25 and the embedder see: task text plus API and identifier names. */
  queryText: string;
  queryVector: Float32Array;
  /** APIs of the task plus, when the draft facet is on, of the draft. */
  allApis: string[];
  /** apiMatchSet(allApis), expanded once per query. */
  allApiSet: ReadonlySet<string>;
}

/**
 * The task's words plus its API and identifier names. Operation labels ("Random values for security") are not
 * added: for requests in words they helped only the set they were tuned on (docs/retrieval.md, fourth round).
 */
export function queryTextOf(facets: FacetsRecord): string {
  return [facets.text, ...facets.apis, ...facets.identifiers].join('\n');
}
