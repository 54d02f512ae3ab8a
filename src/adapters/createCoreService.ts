// The core service: knowledge base, tree-sitter analysis, slicing and advisories behind the CoreApi
// shape. The browser's core worker and Node (CLI, tests) build it the same way; only loading differs.
import type { CoreApi } from '../workers/CoreApi';
import type { KnowledgeBase } from '../core/kb/KnowledgeBase';
import type { ParserPort } from '../core/languages/SyntaxTree';
import type { AdvisorPort } from '../core/revision/AdvisorPort';
import { deriveFacets } from '../core/facets/deriveFacets';
import { analyzeCode } from '../core/analysis/analyzeCode';
import { sliceLines } from '../core/slicing/sliceLines';
import { createAdvisor, advisoryDocument } from '../core/revision/createAdvisor';
import { PlaygroundError } from '../core/errors';
import { createOramaAdvisoryIndex } from './orama/createOramaAdvisoryIndex';
import { suppressFinding } from '../core/feedback/suppressFinding';

export type CoreService = Omit<CoreApi, 'init'>;

export async function createAdvisorFor(kb: KnowledgeBase): Promise<AdvisorPort> {
  return createAdvisor(kb.advisories, await createOramaAdvisoryIndex(kb.advisories.map(advisoryDocument)));
}

export function createCoreService(kb: KnowledgeBase, parser: ParserPort, advisor: AdvisorPort): CoreService {
  return {
    deriveFacets: (task, model) => deriveFacets(task, kb, parser, model),
    retrieve: (facets, options) => kb.retrieve(facets, { settings: { k: options.k } }),
    analyze: (code, language, request) =>
      analyzeCode(code, language, parser, request?.suppressions?.length ? { suppress: suppressFinding(request.suppressions, language) } : {}),
    advise: (code, language, k) => advisor.advise(code, language, k),
    advisoryTexts: (ids) => advisor.texts(ids),
    async slice(code, language, lines, hops) {
      if (!parser.supports(language)) throw new PlaygroundError('LANGUAGE_UNSUPPORTED', { detail: language });
      const tree = await parser.parse(code, language);
      try {
        return { lines: sliceLines(tree, lines, hops).lines };
      } finally {
        tree.dispose();
      }
    },
  };
}
