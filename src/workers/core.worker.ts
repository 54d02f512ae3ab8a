// The core worker: loads the knowledge base and tree-sitter off the main thread and serves CoreApi
// over comlink. It only routes calls; the work is in src/core.
import { expose } from 'comlink';
import type { CoreApi, CoreReady } from './CoreApi';
import { createKnowledgeBase } from '../core/kb/KnowledgeBase';
import { parseArtefact } from '../core/kb/parseArtefact';
import { createOramaSearch } from '../adapters/orama/createOramaSearch';
import { createUserKnowledge } from '../adapters/createUserKnowledge';
import { createKnowledgeApi } from '../adapters/createKnowledgeApi';
import type { KnowledgeApi } from './KnowledgeApi';
import { createTreeSitterParser } from '../adapters/treesitter/createTreeSitterParser';
import { createAdvisorFor, createCoreService, type CoreService } from '../adapters/createCoreService';
import { PlaygroundError } from '../core/errors';

let service: CoreService | null = null;
let knowledge: KnowledgeApi | null = null;

function knowledgeReady(): KnowledgeApi {
  if (!knowledge) throw new PlaygroundError('KB_NOT_LOADED');
  return knowledge;
}

function ready(): CoreService {
  if (!service) throw new PlaygroundError('KB_NOT_LOADED');
  return service;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new PlaygroundError('KB_NOT_LOADED', { detail: `${url}: HTTP ${response.status}` });
  return response.json();
}

const api: CoreApi = {
  async init(baseUrl): Promise<CoreReady> {
    const started = performance.now();
    const artefact = parseArtefact(await fetchJson(new URL('kb/knowledge.json', baseUrl).href));
    const kb = await createKnowledgeBase(artefact, createOramaSearch);
    const parser = createTreeSitterParser((file) => new URL(`wasm/${file}`, baseUrl).href);
    const userKnowledge = createUserKnowledge(artefact, kb);
    service = createCoreService(kb, parser, await createAdvisorFor(kb), userKnowledge.current);
    knowledge = createKnowledgeApi(userKnowledge, parser);
    return {
      kbVersion: kb.version,
      tasks: [...kb.tasks],
      counts: { cwes: kb.cwes.length, tasks: kb.tasks.length, advisories: kb.advisories.length },
      readyMs: performance.now() - started,
    };
  },
  deriveFacets: (task, model) => ready().deriveFacets(task, model),
  retrieve: (facets, options) => ready().retrieve(facets, options),
  analyze: (code, language, request) => ready().analyze(code, language, request),
  advise: (code, language, k) => ready().advise(code, language, k),
  advisoryTexts: (ids) => ready().advisoryTexts(ids),
  slice: (code, language, lines, hops) => ready().slice(code, language, lines, hops),
  explorer: () => knowledgeReady().explorer(),
  explorerCwe: (id) => knowledgeReady().explorerCwe(id),
  explorerSearch: (text) => knowledgeReady().explorerSearch(text),
  ingestPairs: (text, name) => knowledgeReady().ingestPairs(text, name),
  loadUserKb: (json) => knowledgeReady().loadUserKb(json),
  clearUserKb: () => knowledgeReady().clearUserKb(),
};

expose(api);
