// The worker side of the WebLLM adapter: wraps one MLCEngine behind WebLlmWorkerApi.
// This is the only module that imports web-llm's runtime, so only the worker bundle carries its 6 MB.
import {
  MLCEngine,
  deleteModelAllInfoInCache,
  hasModelInCache,
  prebuiltAppConfig,
  type AppConfig,
  type ChatCompletionMessageParam,
} from '@mlc-ai/web-llm';
import type { CustomModelRecord } from './customModelRecord';
import { downloadBeforeReload, repairAfterFailure } from './cache/webLlmCacheSteps';
import { prefetchModel } from './cache/prefetchModel';
import { DEVICE_LOST } from './mapEngineError';
import type { WebLlmWorkerApi, WorkerChatResult, WorkerChatRequest } from './WebLlmWorkerApi';
import { loadModelTokenizer, readCachedJson, type CountTokens } from './modelTokenizer';

/** WebLLM errors keep their class only in `name`; "<name>: <message>" is what mapEngineError reads. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function appConfigFor(custom: CustomModelRecord | null): AppConfig {
  return custom ? { ...prebuiltAppConfig, model_list: [...prebuiltAppConfig.model_list, custom] } : prebuiltAppConfig;
}

function toMessages(messages: WorkerChatRequest['messages']): ChatCompletionMessageParam[] {
  return messages.map((m): ChatCompletionMessageParam =>
    m.role === 'system'
      ? { role: 'system', content: m.content }
      : m.role === 'user'
        ? { role: 'user', content: m.content }
        : { role: 'assistant', content: m.content },
  );
}

export function createWebLlmWorkerApi(): WebLlmWorkerApi {
  let engine: MLCEngine | null = null;
  let attempt = { cancelled: false, abort: new AbortController() }; // one per load: a cancel is not a failure
  let count: CountTokens | null = null;
  let prefetching = new AbortController();

  return {
    async load(modelId, custom, onProgress) {
      const appConfig = appConfigFor(custom);
      const mine = { cancelled: false, abort: new AbortController() };
      attempt = mine;
      try {
        engine ??= new MLCEngine();
        engine.setAppConfig(appConfig);
        engine.setInitProgressCallback((r) =>
          onProgress({ progress: r.progress, timeElapsed: r.timeElapsed, text: r.text }),
        );
        count = null;
        // Our checked, resumable download first; web-llm's reload then finds every weight file cached.
        await downloadBeforeReload(appConfig, modelId, mine.abort.signal, onProgress);
        if (mine.cancelled) return { status: 'cancelled' };
        await engine.reload(modelId);
        if (mine.cancelled) return { status: 'cancelled' };
        // The tokenizer is a nicety for budgets: without one the counts are estimated.
        const record = appConfig.model_list.find((m) => m.model_id === modelId);
        count = record ? await loadModelTokenizer(record.model, readCachedJson).catch(() => null) : null;
        return { status: 'ready', modelId, gpuVendor: await engine.getGPUVendor(), tokenizer: count !== null };
      } catch (error) {
        if (mine.cancelled) return { status: 'cancelled' };
        // Only files proven bad (a web page, a short shard, a wrong hash) go; good shards stay for the retry.
        return { status: 'failed', error: errorText(error) + (await repairAfterFailure(appConfig, modelId)) };
      }
    },

    async unload() {
      attempt.cancelled = true;
      attempt.abort.abort();
      count = null;
      await engine?.unload().catch(() => undefined);
    },

    async chat(request, onToken) {
      if (!engine) return { ok: false, error: 'ModelNotLoadedError: no model is loaded in the worker.' };
      const top = Math.min(5, Math.max(0, Math.floor(request.topLogprobs ?? 0)));
      try {
        const stream = await engine.chat.completions.create({
          messages: toMessages(request.messages),
          stream: true,
          stream_options: { include_usage: true },
          ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
          ...(request.maxTokens !== undefined ? { max_tokens: request.maxTokens } : {}),
          ...(request.seed !== undefined ? { seed: Math.floor(request.seed) } : {}),
          // logprobs alone records nothing: WebLLM needs top_logprobs >= 1 too.
          ...(top > 0 ? { logprobs: true, top_logprobs: top } : {}),
        });
        const result: WorkerChatResult = {
          text: '',
          finishReason: 'stop',
          usage: { promptTokens: 0, completionTokens: 0 },
        };
        for await (const chunk of stream) {
          const choice = chunk.choices[0];
          const delta = choice?.delta.content ?? '';
          if (delta) {
            result.text += delta;
            // A streamed chunk carries only its last token's entry.
            const lp = choice?.logprobs?.content?.at(-1);
            onToken({
              text: delta,
              logprob: lp?.logprob,
              top: lp?.top_logprobs.map((t) => ({ token: t.token, logprob: t.logprob })),
            });
          }
          const finish = choice?.finish_reason;
          if (finish === 'length' || finish === 'abort') result.finishReason = finish;
          if (chunk.usage) {
            result.usage = {
              promptTokens: chunk.usage.prompt_tokens,
              completionTokens: chunk.usage.completion_tokens,
              decodeTokensPerSecond: chunk.usage.extra?.decode_tokens_per_s,
              timeToFirstTokenMs: chunk.usage.extra ? chunk.usage.extra.time_to_first_token_s * 1000 : undefined,
            };
          }
        }
        return { ok: true, value: result };
      } catch (error) {
        // After a lost device web-llm unloads on its own; unloading here too leaves one clear state to reload from.
        if (DEVICE_LOST.test(errorText(error))) await engine?.unload().catch(() => undefined);
        return { ok: false, error: errorText(error) };
      }
    },

    async interrupt() {
      await engine?.interruptGenerate();
    },

    async countTokens(text) {
      return count ? count(text) : null;
    },

    async hasInCache(modelId, custom) {
      return hasModelInCache(modelId, appConfigFor(custom)).catch(() => false);
    },

    async prefetch(modelId, custom, onProgress) {
      prefetching.abort();
      const mine = new AbortController();
      prefetching = mine;
      try {
        await prefetchModel(appConfigFor(custom), modelId, mine.signal, onProgress);
        return { ok: true, value: null };
      } catch (error) {
        if (mine.signal.aborted) return { ok: false, cancelled: true };
        return { ok: false, error: errorText(error) };
      }
    },

    async cancelPrefetch() {
      prefetching.abort();
    },

    async deleteFromCache(modelId, custom) {
      try {
        await deleteModelAllInfoInCache(modelId, appConfigFor(custom));
        return { ok: true, value: null };
      } catch (error) {
        return { ok: false, error: errorText(error) };
      }
    },
  };
}
