// The core worker: loads the knowledge base and tree-sitter off the main thread and serves CoreApi
// over comlink. It only routes calls; the work is in src/core.
import { expose } from 'comlink';
import type { CoreApi, CoreReady } from './CoreApi';
import { createKnowledgeBase, type LoadPhases } from '../core/kb/KnowledgeBase';
import { parseArtefact } from '../core/kb/parseArtefact';
import { oramaSearchFactory } from '../adapters/orama/loadKnowledgeBase';
import { ORAMA_FILE_NAME } from '../adapters/orama/oramaIndexFile';
import { createUserKnowledge } from '../adapters/createUserKnowledge';
import { createKnowledgeApi } from '../adapters/createKnowledgeApi';
import type { KnowledgeApi } from './KnowledgeApi';
import { createTreeSitterParser } from '../adapters/treesitter/createTreeSitterParser';
import { lazyAdvisorFor, createCoreService, type CoreService } from '../adapters/createCoreService';
import { PlaygroundError } from '../core/errors';
import { decodeKnowledgeFile } from '../adapters/browser/decodeKnowledgeFile';

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

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new PlaygroundError('KB_NOT_LOADED', { detail: `${url}: HTTP ${response.status}` });
  return response.text();
}

/** Prebuilt indexes that are not JSON count as missing: they are rebuilt here. */
function parsePrebuilt(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The prebuilt Orama indexes; a missing file only means they are built here (slower, same results). */
async function fetchPrebuilt(url: string): Promise<unknown> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

const api: CoreApi = {
  async init(baseUrl, files): Promise<CoreReady> {
    const started = performance.now();
    // Each step timed, so the kb-status tooltip and scripts/bench/browserReady.ts show where time goes.
    const phases: LoadPhases = {};
    let mark = started;
    const lap = (name: string): void => { const now = performance.now(); phases[name] = Math.round(now - mark); mark = now; };
    // Both files are fetched at once; the indexes are parsed while the artefact is validated.
    const prebuilt = files
      ? (files.orama ? decodeKnowledgeFile(files.orama).then(parsePrebuilt, () => undefined) : Promise.resolve(undefined))
      : fetchPrebuilt(new URL(`kb/${ORAMA_FILE_NAME}`, baseUrl).href);
    const text = files ? await decodeKnowledgeFile(files.knowledge) : await fetchText(new URL('kb/knowledge.json', baseUrl).href);
    lap('fetch');
    const json: unknown = JSON.parse(text);
    lap('parse');
    const artefact = parseArtefact(json);
    lap('validate');
    const indexes = await prebuilt;
    lap('fetchIndexes');
    const kb = await createKnowledgeBase(artefact, oramaSearchFactory(indexes, artefact.version, phases), phases);
    mark = performance.now();
    const parser = createTreeSitterParser((file) => new URL(`wasm/${file}`, baseUrl).href);
    const userKnowledge = createUserKnowledge(artefact, kb);
    // The advisory index is built on the first revision, not here.
    service = createCoreService(kb, parser, lazyAdvisorFor(kb), userKnowledge.current);
    knowledge = createKnowledgeApi(userKnowledge, parser);
    lap('wiring');
    return {
      phases,
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
