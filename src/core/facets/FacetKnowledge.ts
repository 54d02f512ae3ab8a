// What facet extraction needs from the knowledge base: the operation vocabulary and CWE markers,
// and, when the knowledge base has prepared them once, their prepared forms.
import type { OperationSource } from '../kb/kbSourceSchema';
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';
import type { PreparedFacets } from './PreparedFacets';

export interface FacetKnowledge {
  readonly operations: readonly OperationSource[];
  readonly cwes: readonly ArtefactCwe[];
  /** Built by createKnowledgeBase; without it deriveFacets prepares the knowledge for that one call. */
  readonly prepared?: PreparedFacets;
}
