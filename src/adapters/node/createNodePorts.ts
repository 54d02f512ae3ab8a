// PipelinePorts for Node (CLI, tests): the same core service the browser's worker runs, built
// in-process from a knowledge base, the Node tree-sitter parser and the Orama advisory index.
import type { PipelinePorts } from '../../core/PipelinePorts';
import type { KnowledgeBase } from '../../core/kbTools/KnowledgeBase';
import { createAdvisorFor, createCoreService } from '../createCoreService';
import { writeModelFacets } from '../../core/generation/writeModelFacets';
import { nodeParser } from './nodeParser';

export async function createNodePorts(kb: KnowledgeBase): Promise<PipelinePorts> {
  const advisor = await createAdvisorFor(kb);
  const core = createCoreService(kb, nodeParser(), advisor);
  return {
    deriveFacets: (task, model) => core.deriveFacets(task, model),
    retrieve: (facets, options) => core.retrieve(facets, options),
    analyze: (code, language) => core.analyze(code, language),
    detectLanguage: (code) => core.detectLanguage(code),
    advisor,
    modelFacets: writeModelFacets,
  };
}
