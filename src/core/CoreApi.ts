// The typed API of the core worker (knowledge base, tree-sitter analysis and slicing), shared by
// the worker, its comlink proxy on the main thread, and the in-process version used by Node.
import type { Task, Language } from './task/Task';
import type { FacetsRecord } from './facets/FacetsRecord';
import type { RetrievalRecord } from './retrieval/RetrievalRecord';
import type { AnalysisRecord } from './analysis/Finding';
import type { AdvisoryHit } from './revision/RevisionRecord';
import type { AdvisoryText } from './revision/AdvisorPort';
import type { AnalyzeRequest, ModelFacetInputs } from './PipelinePorts';
import type { KnowledgeApi } from './KnowledgeApi';
import type { LanguageDetection } from '../core/task/detectLanguage';

export interface CoreReady {
  kbVersion: string;
  tasks: Task[];
  counts: Record<string, number>;
  /** Milliseconds from init() to ready, measured inside the worker. */
  readyMs: number;
  /** readyMs by step (decode, parse, validate, parseIndexes, embed, index, profile, wiring), in ms. */
  phases?: Record<string, number>;
  /** Epoch milliseconds of the worker's boot (clock start, module evaluated, init called, ready). */
  timeline: { workerStarted: number; evaluated: number; initCalled: number; ready: number };
}

/** Knowledge files fetched by the main thread while the worker module was still loading. */
export interface PreloadedKnowledge {
  knowledge: ArrayBuffer;
  /** The prebuilt Orama indexes; absent when the file is missing. */
  orama?: ArrayBuffer;
}

export interface CoreApi extends KnowledgeApi {
  /** Loads the knowledge base; `files` carries artefacts the main thread already downloaded. */
  init(baseUrl: string, files?: PreloadedKnowledge): Promise<CoreReady>;
  deriveFacets(task: Task, model: ModelFacetInputs): Promise<FacetsRecord>;
  retrieve(facets: FacetsRecord, options: { k: number }): Promise<RetrievalRecord>;
  analyze(code: string, language: Language, request?: AnalyzeRequest): Promise<AnalysisRecord>;
  detectLanguage(code: string): Promise<LanguageDetection>;
  advise(code: string, language: string, k: number, findingCwes?: readonly string[]): Promise<AdvisoryHit[]>;
  advisoryTexts(ids: string[]): Promise<AdvisoryText[]>;
  slice(code: string, language: Language, lines: number[], hops?: number): Promise<{ lines: number[] }>;
}
