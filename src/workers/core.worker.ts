// The core worker: loads the knowledge base and tree-sitter off the main thread and serves CoreApi
// over comlink. It only routes calls; the work is in src/core.
import { expose } from 'comlink';
import type { CoreApi, CoreReady } from './CoreApi';
import { loadKnowledgeBase } from '../adapters/orama/loadKnowledgeBase';
import { createTreeSitterParser } from '../adapters/treesitter/createTreeSitterParser';
import { createAdvisorFor, createCoreService, type CoreService } from '../adapters/createCoreService';
import { PlaygroundError } from '../core/errors';

let service: CoreService | null = null;

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
    const kb = await loadKnowledgeBase(await fetchJson(new URL('kb/knowledge.json', baseUrl).href));
    const parser = createTreeSitterParser((file) => new URL(`wasm/${file}`, baseUrl).href);
    service = createCoreService(kb, parser, await createAdvisorFor(kb));
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
};

expose(api);
