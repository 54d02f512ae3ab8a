// The main-thread half of the WebLLM adapter: implements LlmEngine over the worker API.
// It imports only types from web-llm's side, so the 6 MB runtime stays in the worker chunk.
import type { ChatRequest, ChatResult, LlmEngine, LoadProgress, TokenEvent } from '../../core/generation/LlmEngine';
import { PlaygroundError, throwIfAborted, type ErrorRecord } from '../../core/errors';
import { DEVICE_LOST, mapEngineError } from './mapEngineError';
import type { CustomModelRecord } from './customModelRecord';
import { toLoadProgress, type InitReport } from './toLoadProgress';
import type { WebLlmWorkerApi, WorkerToken } from './WebLlmWorkerApi';

/** Wraps a callback so it can be called from the worker (comlink's `proxy`; identity in tests). */
export type CallbackBridge = <F extends (arg: never) => void>(callback: F) => F;

export function errorFromRecord(record: ErrorRecord): PlaygroundError {
  return new PlaygroundError(record.code, { message: record.message, hint: record.hint, detail: record.detail });
}

export class WebLlmEngine implements LlmEngine {
  readonly kind = 'webllm';
  private loaded: string | null = null;
  private gpuVendor = '';
  private readonly lostListeners: ((error: ErrorRecord) => void)[] = [];
  /** Present while a model with its own tokenizer is loaded; prompt budgets then count real tokens. */
  countTokens?: (text: string) => Promise<number>;

  constructor(
    private readonly api: WebLlmWorkerApi,
    private readonly bridge: CallbackBridge = (f) => f,
  ) {}

  get label(): string {
    return this.loaded ? `WebLLM · ${this.loaded}` : 'WebLLM';
  }

  model(): string | null {
    return this.loaded;
  }

  vendor(): string {
    return this.gpuVendor;
  }

  /** Resolves when ready; throws PlaygroundError (ABORTED when cancelLoad() won the race). */
  async load(modelId: string, custom: CustomModelRecord | null, onProgress: (p: LoadProgress) => void): Promise<void> {
    this.loaded = null;
    delete this.countTokens;
    const outcome = await this.api.load(
      modelId,
      custom,
      this.bridge((r: InitReport) => onProgress(toLoadProgress(r))),
    );
    if (outcome.status === 'cancelled')
      throw new PlaygroundError('ABORTED', { message: 'The model load was cancelled.' });
    if (outcome.status === 'failed') throw errorFromRecord(mapEngineError(outcome.error, 'load'));
    this.loaded = outcome.modelId;
    this.gpuVendor = outcome.gpuVendor;
    if (outcome.tokenizer) {
      this.countTokens = async (text) => {
        const n = await this.api.countTokens(text);
        if (n === null) throw new PlaygroundError('ENGINE_NOT_LOADED');
        return n;
      };
    }
  }

  /** Called when the GPU device is lost under a loaded model (web-llm has then unloaded it). */
  onLost(listener: (error: ErrorRecord) => void): void {
    this.lostListeners.push(listener);
  }

  /** Downloads a model into the cache without loading it; ABORTED when cancelPrefetch() won the race. */
  async prefetch(
    modelId: string,
    custom: CustomModelRecord | null,
    onProgress: (p: LoadProgress) => void,
  ): Promise<void> {
    const result = await this.api.prefetch(
      modelId,
      custom,
      this.bridge((r: InitReport) => onProgress(toLoadProgress(r))),
    );
    if ('cancelled' in result) throw new PlaygroundError('ABORTED', { message: 'The download was cancelled.' });
    if (!result.ok) throw errorFromRecord(mapEngineError(result.error, 'load'));
  }

  async cancelPrefetch(): Promise<void> {
    await this.api.cancelPrefetch();
  }

  /** Stops a download in progress (or frees a loaded model). */
  async cancelLoad(): Promise<void> {
    this.loaded = null;
    delete this.countTokens;
    await this.api.unload();
  }

  async hasInCache(modelId: string, custom: CustomModelRecord | null): Promise<boolean> {
    return this.api.hasInCache(modelId, custom);
  }

  async deleteFromCache(modelId: string, custom: CustomModelRecord | null): Promise<void> {
    const result = await this.api.deleteFromCache(modelId, custom);
    if (!result.ok) throw errorFromRecord(mapEngineError(result.error, 'load'));
  }

  async chat(request: ChatRequest): Promise<ChatResult> {
    if (!this.loaded) throw new PlaygroundError('ENGINE_NOT_LOADED');
    throwIfAborted(request.signal);
    const started = performance.now();
    const tokens: TokenEvent[] = [];
    const onAbort = () => void this.api.interrupt();
    request.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const onToken = this.bridge((t: WorkerToken) => {
        const event: TokenEvent = { text: t.text, at: Math.round(performance.now() - started) };
        if (t.logprob !== undefined) event.logprob = t.logprob;
        if (t.top && t.top.length > 0) event.top = t.top;
        tokens.push(event);
        request.onToken?.(event);
      });
      const result = await this.api.chat(
        {
          messages: request.messages,
          temperature: request.temperature,
          maxTokens: request.maxTokens,
          seed: request.seed,
          topLogprobs: request.topLogprobs,
        },
        onToken,
      );
      if (!result.ok) {
        const record = mapEngineError(result.error, 'generate');
        if (DEVICE_LOST.test(result.error) && this.loaded) {
          // The run fails with this record in its trace; the picker hears of it to offer a reload.
          this.loaded = null;
          delete this.countTokens;
          for (const listener of this.lostListeners) listener(record);
        }
        throw errorFromRecord(record);
      }
      const finishReason = request.signal?.aborted ? 'abort' : result.value.finishReason;
      return {
        text: result.value.text,
        tokens,
        finishReason,
        usage: result.value.usage,
        ms: Math.round(performance.now() - started),
      };
    } finally {
      request.signal?.removeEventListener('abort', onAbort);
    }
  }
}
