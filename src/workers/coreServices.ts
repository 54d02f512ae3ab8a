// The core worker's services beyond facets and retrieval: static analysis, slicing, advisories, the
// explorer and user knowledge bases. A separate chunk, imported just after the knowledge base is
// ready, so the worker's first download holds only what searching needs (docs/performance.md).
import type { KnowledgeArtefact } from '../core/kb/knowledgeArtefactSchema';
import type { KnowledgeBase } from '../core/kbTools/KnowledgeBase';
import type { ParserPort } from '../core/languages/SyntaxTree';
import type { KnowledgeApi } from '../core/KnowledgeApi';
import { createUserKnowledge } from '../adapters/createUserKnowledge';
import { createKnowledgeApi } from '../adapters/createKnowledgeApi';
import { lazyAdvisorFor, createCoreService, type CoreService } from '../adapters/createCoreService';

export interface WorkerServices {
  service: CoreService;
  knowledge: KnowledgeApi;
}

export function createWorkerServices(
  artefact: KnowledgeArtefact,
  kb: KnowledgeBase,
  parser: ParserPort,
): WorkerServices {
  const userKnowledge = createUserKnowledge(artefact, kb);
  // The advisory index is built on the first revision, not here.
  return {
    service: createCoreService(kb, parser, lazyAdvisorFor(kb), userKnowledge.current),
    knowledge: createKnowledgeApi(userKnowledge, parser),
  };
}
