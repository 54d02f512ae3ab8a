// The core service: knowledge base, tree-sitter analysis, slicing and advisories behind the CoreApi
// shape. The browser's core worker and Node (CLI, tests) build it the same way; only loading differs.
import type { CoreApi } from '../core/CoreApi';
import type { KnowledgeBase } from '../core/kbTools/KnowledgeBase';
import type { ParserPort } from '../core/languages/SyntaxTree';
import type { AdvisorPort } from '../core/revision/AdvisorPort';
import { deriveFacets } from '../core/facets/deriveFacets';
import { analyzeCode } from '../core/analysis/analyzeCode';
import { sliceLines } from '../core/slicing/sliceLines';
import { createAdvisor, advisoryDocument } from '../core/revision/createAdvisor';
import { PlaygroundError } from '../core/errors';
import { createOramaAdvisoryIndex } from './orama/createOramaAdvisoryIndex';
import { detectLanguage } from '../core/task/detectLanguage';
import { parserErrorCounter } from '../core/task/parserErrorCounter';
import { suppressFinding } from '../core/feedback/suppressFinding';
import type { KnowledgeApi } from '../core/KnowledgeApi';
import { markUserSources } from '../core/kbTools/ingest/markUserSources';
import type { UserIds } from '../core/kbTools/ingest/mergeUserKnowledge';
import { retrieve } from '../core/retrieval/retrieve';

export type CoreService = Omit<CoreApi, 'init' | keyof KnowledgeApi>;

/** The knowledge retrieval searches when a user KB is loaded beside the built-in one. */
export type ActiveRetrieval = () => { kb: KnowledgeBase; userIds: UserIds };

export async function createAdvisorFor(kb: KnowledgeBase): Promise<AdvisorPort> {
  return createAdvisor(kb.advisories, await createOramaAdvisoryIndex(kb.advisories.map(advisoryDocument)));
}

/** The advisor built on first use (the first revision), not while the knowledge base loads. */
export function lazyAdvisorFor(kb: KnowledgeBase): AdvisorPort {
  let advisor: Promise<AdvisorPort> | null = null;
  const get = (): Promise<AdvisorPort> => (advisor ??= createAdvisorFor(kb));
  return {
    advise: async (code, language, k, findingCwes) => (await get()).advise(code, language, k, findingCwes),
    texts: async (ids) => (await get()).texts(ids),
  };
}

export function createCoreService(
  kb: KnowledgeBase,
  parser: ParserPort,
  advisor: AdvisorPort,
  active?: ActiveRetrieval,
): CoreService {
  return {
    deriveFacets: (task, model) => deriveFacets(task, kb, parser, model),
    async retrieve(facets, options) {
      if (!active) return retrieve(kb, facets, { settings: { k: options.k } });
      const now = active();
      return markUserSources(await retrieve(now.kb, facets, { settings: { k: options.k } }), now.userIds);
    },
    analyze: (code, language, request) =>
      analyzeCode(
        code,
        language,
        parser,
        request?.suppressions?.length ? { suppress: suppressFinding(request.suppressions, language) } : {},
      ),
    detectLanguage: (code) => detectLanguage(code, parserErrorCounter(parser)),
    advise: (code, language, k, findingCwes) => advisor.advise(code, language, k, findingCwes),
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
