// The core worker: loads the knowledge base and tree-sitter off the main thread and serves CoreApi
// over comlink. It only routes calls; the work is in src/core. This module is what must load before
// the knowledge base can be searched (facets, retrieval, Orama); analysis, slicing, advisories and the
// explorer live in ./coreServices, imported right after init so they do not delay "ready".
import { expose } from 'comlink';
import type { CoreApi, CoreReady } from '../core/CoreApi';
import type { WorkerServices } from './coreServices';
import { createKnowledgeBase, type KnowledgeBase, type LoadPhases } from '../core/kbTools/KnowledgeBase';
import type { KnowledgeArtefact } from '../core/kb/knowledgeArtefactSchema';
import { acceptBuiltArtefact } from '../core/kb/acceptBuiltArtefact';
import { deriveFacets } from '../core/facets/deriveFacets';
import type { ParserPort } from '../core/languages/SyntaxTree';
import { oramaSearchFactory } from '../adapters/orama/oramaSearchFactory';
import { ORAMA_FILE_NAME } from '../adapters/orama/oramaIndexFormat';
import { createTreeSitterParser } from '../adapters/treesitter/createTreeSitterParser';
import { PlaygroundError } from '../core/errors';
import { decodeKnowledgeFile } from '../adapters/browser/decodeKnowledgeFile';
import { retrieve } from '../core/retrieval/retrieve';

// Epoch ms: when this worker's clock started and when its module graph had finished evaluating.
const workerStartedAt = performance.timeOrigin;
const evaluatedAt = performance.timeOrigin + performance.now();

interface Loaded {
  artefact: KnowledgeArtefact;
  kb: KnowledgeBase;
  parser: ParserPort;
}

let loaded: Loaded | null = null;
let services: Promise<WorkerServices> | null = null;
/** Set once ./coreServices has loaded; until then no user knowledge base can be installed. */
let servicesReady: WorkerServices | null = null;

function ready(): Loaded {
  if (!loaded) throw new PlaygroundError('KB_NOT_LOADED');
  return loaded;
}

function loadServices(): Promise<WorkerServices> {
  const { artefact, kb, parser } = ready();
  return (services ??= import('./coreServices').then(
    (m) => (servicesReady = m.createWorkerServices(artefact, kb, parser)),
  ));
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new PlaygroundError('KB_NOT_LOADED', { detail: `${url}: HTTP ${response.status}` });
  return response.text();
}

/** Prebuilt indexes that are missing or not JSON are built here instead (slower, same results). */
function parsePrebuilt(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function fetchPrebuiltText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
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
    const lap = (name: string): void => {
      const now = performance.now();
      phases[name] = Math.round(now - mark);
      mark = now;
    };
    // Preloaded files are decoded here; without them (the early download failed) both are fetched now.
    const knowledgeText = files
      ? decodeKnowledgeFile(files.knowledge)
      : fetchText(new URL('kb/knowledge.json', baseUrl).href);
    const indexesText = files
      ? files.orama
        ? decodeKnowledgeFile(files.orama).catch(() => undefined)
        : Promise.resolve(undefined)
      : fetchPrebuiltText(new URL(`kb/${ORAMA_FILE_NAME}`, baseUrl).href);
    const text = await knowledgeText;
    lap('decode');
    const json: unknown = JSON.parse(text);
    lap('parse');
    const artefact = acceptBuiltArtefact(json); // built and validated by kb build; see acceptBuiltArtefact.ts
    lap('validate');
    const indexes = parsePrebuilt(await indexesText);
    lap('parseIndexes');
    const kb = await createKnowledgeBase(artefact, oramaSearchFactory(indexes, artefact.version, phases), phases);
    mark = performance.now();
    loaded = { artefact, kb, parser: createTreeSitterParser((file) => new URL(`wasm/${file}`, baseUrl).href) };
    lap('wiring');
    // After this reply is sent: the rest of the worker loads while the page shows "ready".
    setTimeout(() => void loadServices().catch(() => undefined), 0);
    return {
      phases,
      kbVersion: kb.version,
      tasks: [...kb.tasks],
      counts: { cwes: kb.cwes.length, tasks: kb.tasks.length, advisories: kb.advisories.length },
      readyMs: performance.now() - started,
      timeline: {
        workerStarted: workerStartedAt,
        evaluated: evaluatedAt,
        initCalled: performance.timeOrigin + started,
        ready: performance.timeOrigin + performance.now(),
      },
    };
  },
  deriveFacets: (task, model) => {
    const { kb, parser } = ready();
    return deriveFacets(task, kb, parser, model);
  },
  // Searches the built-in knowledge directly until ./coreServices (which holds user knowledge bases) is in.
  retrieve: (facets, options) =>
    servicesReady
      ? servicesReady.service.retrieve(facets, options)
      : retrieve(ready().kb, facets, { settings: { k: options.k } }),
  analyze: async (code, language, request) => (await loadServices()).service.analyze(code, language, request),
  detectLanguage: async (code) => (await loadServices()).service.detectLanguage(code),
  advise: async (code, language, k, findingCwes) =>
    (await loadServices()).service.advise(code, language, k, findingCwes),
  advisoryTexts: async (ids) => (await loadServices()).service.advisoryTexts(ids),
  slice: async (code, language, lines, hops) => (await loadServices()).service.slice(code, language, lines, hops),
  explorer: async () => (await loadServices()).knowledge.explorer(),
  explorerCwe: async (id) => (await loadServices()).knowledge.explorerCwe(id),
  explorerSearch: async (text) => (await loadServices()).knowledge.explorerSearch(text),
  ingestPairs: async (text, name) => (await loadServices()).knowledge.ingestPairs(text, name),
  loadUserKb: async (json) => (await loadServices()).knowledge.loadUserKb(json),
  clearUserKb: async () => (await loadServices()).knowledge.clearUserKb(),
};

expose(api);
