// The typed API the WebLLM worker exposes through comlink. Plain data only: errors come back as
// `{ ok: false, error }` with WebLLM's "<ClassName>: message" text, never as thrown objects,
// because thrown errors lose their class across postMessage.
import type { CustomModelRecord } from './customModelRecord';
import type { InitReport } from './toLoadProgress';

export type WorkerResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface WorkerChatRequest {
  messages: { role: 'system' | 'user' | 'assistant'; content: string }[];
  temperature?: number;
  maxTokens?: number;
  seed?: number;
  topLogprobs?: number;
}

export interface WorkerToken {
  text: string;
  logprob?: number;
  top?: { token: string; logprob: number }[];
}

export interface WorkerChatResult {
  text: string;
  finishReason: 'stop' | 'length' | 'abort';
  usage: {
    promptTokens: number;
    completionTokens: number;
    decodeTokensPerSecond?: number;
    timeToFirstTokenMs?: number;
  };
}

export type WorkerLoadOutcome =
  /** `tokenizer`: the model's own tokenizer loaded, so countTokens answers. */
  | { status: 'ready'; modelId: string; gpuVendor: string; tokenizer: boolean }
  | { status: 'failed'; error: string }
  | { status: 'cancelled' };

export interface WebLlmWorkerApi {
  /** Loads a prebuilt model by id, or a custom record; on failure only cache entries proven bad are deleted. */
  load(
    modelId: string,
    custom: CustomModelRecord | null,
    onProgress: (report: InitReport) => void,
  ): Promise<WorkerLoadOutcome>;
  /** Frees the GPU and aborts a load still downloading. */
  unload(): Promise<void>;
  chat(request: WorkerChatRequest, onToken: (token: WorkerToken) => void): Promise<WorkerResult<WorkerChatResult>>;
  interrupt(): Promise<void>;
  /** Tokens in `text` by the loaded model's tokenizer; null when it has none loaded. */
  countTokens(text: string): Promise<number | null>;
  hasInCache(modelId: string, custom: CustomModelRecord | null): Promise<boolean>;
  /** Downloads every file of a model into the cache without loading it ("Download for later"); resumable. */
  prefetch(
    modelId: string,
    custom: CustomModelRecord | null,
    onProgress: (report: InitReport) => void,
  ): Promise<WorkerResult<null> | { ok: false; cancelled: true }>;
  cancelPrefetch(): Promise<void>;
  deleteFromCache(modelId: string, custom: CustomModelRecord | null): Promise<WorkerResult<null>>;
}
