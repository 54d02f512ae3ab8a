// What the pipeline needs from the outside world. In the browser these are proxies to the core
// worker (knowledge base, tree-sitter); in Node and tests they call the core directly.
import type { Task } from './task/Task';
import type { FacetsRecord } from './facets/FacetsRecord';
import type { RetrievalRecord } from './retrieval/RetrievalRecord';
import type { AnalysisRecord } from './analysis/Finding';
import type { AdvisorPort } from './revision/AdvisorPort';
import type { LlmEngine } from './generation/LlmEngine';
import type { Suppression } from './feedback/FeedbackEntry';
import type { FeedbackPort } from './feedback/FeedbackPort';
import type { LanguageDetection } from './task/detectLanguage';

export interface AnalyzeRequest {
  /** Team feedback's false-positive marks, applied where the analysis runs. */
  suppressions?: Suppression[];
}

export interface ModelFacetInputs {
  draft?: string;
  causeAnalysis?: string;
}

export interface PipelinePorts {
  deriveFacets(task: Task, model: ModelFacetInputs): Promise<FacetsRecord>;
  retrieve(facets: FacetsRecord, options: { k: number }): Promise<RetrievalRecord>;
  analyze(code: string, language: Task['language'], request?: AnalyzeRequest): Promise<AnalysisRecord>;
  advisor: AdvisorPort;
  /** Ranks the languages pasted or generated code may be written in (parsing: heavy, so in the worker). */
  detectLanguage?(code: string): Promise<LanguageDetection>;
  /** Team feedback: notes join retrieval, false-positive marks suppress findings. */
  feedback?: FeedbackPort;
  /** Writes the model-derived facets when they are enabled and a model is loaded. */
  modelFacets?(
    task: Task,
    engine: LlmEngine,
    wanted: { draft: boolean; cause: boolean },
    signal: AbortSignal,
  ): Promise<ModelFacetInputs>;
}
