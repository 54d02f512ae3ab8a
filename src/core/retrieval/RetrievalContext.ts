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
 * A request in words gets the labels of the operations its words imply ("invite code" -> "Random values
 * for security"): everyday wording rarely shares words with the weakness texts, the labels do. A code
 * prefix does not: its calls and names already say it, and the labels cost dev tasks (docs/retrieval.md).
 */
export function queryTextOf(facets: FacetsRecord): string {
  const labels = facets.fromRequest ? facets.operations.map((o) => o.label) : [];
  return [plainQueryTextOf(facets), ...labels].join('\n');
}

/** The task's words plus its API and identifier names, without operation labels. */
export function plainQueryTextOf(facets: FacetsRecord): string {
  return [facets.text, ...facets.apis, ...facets.identifiers].join('\n');
}
