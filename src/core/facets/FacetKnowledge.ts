// What facet extraction needs from the knowledge base: the operation vocabulary and CWE markers.
import type { OperationSource } from '../kb/kbSourceSchema';
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';

export interface FacetKnowledge {
  readonly operations: readonly OperationSource[];
  readonly cwes: readonly ArtefactCwe[];
}
