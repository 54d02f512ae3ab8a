import { describe, expect, it, vi } from 'vitest';
import { WebLlmEngine } from './WebLlmEngine';
import type { WebLlmWorkerApi, WorkerChatResult, WorkerLoadOutcome } from './WebLlmWorkerApi';
import { PlaygroundError } from '../../core/errors';
import type { LoadProgress } from '../../core/generation/LlmEngine';

function fakeApi(overrides: Partial<WebLlmWorkerApi> = {}): WebLlmWorkerApi {
  const ready: WorkerLoadOutcome = { status: 'ready', modelId: 'M-q4f32_1-MLC', gpuVendor: 'google', tokenizer: true };
  const done: WorkerChatResult = {
    text: 'ab',
    finishReason: 'stop',
    usage: { promptTokens: 5, completionTokens: 2, decodeTokensPerSecond: 9 },
  };
  return {
    load: async (_id, _custom, onProgress) => {
      onProgress({ progress: 0.5, timeElapsed: 1, text: 'Fetching param cache[1/2]: 10MB fetched' });
      return ready;
    },
    unload: async () => undefined,
    chat: async (_req, onToken) => {
      onToken({ text: 'a', logprob: -0.1, top: [{ token: 'a', logprob: -0.1 }] });
      onToken({ text: 'b' });
      return { ok: true, value: done };
    },
    interrupt: async () => undefined,
    countTokens: async (text) => text.split(' ').length,
    hasInCache: async () => true,
    deleteFromCache: async () => ({ ok: true, value: null }),
    prefetch: async (_id, _custom, onProgress) => {
      onProgress({ progress: 1, timeElapsed: 1, text: 'Fetching param cache[2/2]: 20MB fetched' });
      return { ok: true, value: null };
    },
    cancelPrefetch: async () => undefined,
    ...overrides,
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return e instanceof PlaygroundError ? e.code : 'other';
  }
  return 'none';
}

describe('WebLlmEngine', () => {
  it("counts tokens with the model's tokenizer only while a model that has one is loaded", async () => {
    const engine = new WebLlmEngine(fakeApi());
    expect(engine.countTokens).toBeUndefined();
    await engine.load('M-q4f32_1-MLC', null, () => undefined);
    expect(await engine.countTokens?.('def ping host')).toBe(3);
    await engine.cancelLoad();
    expect(engine.countTokens).toBeUndefined();

    const without = new WebLlmEngine(
      fakeApi({ load: async () => ({ status: 'ready', modelId: 'S-q4f32_1-MLC', gpuVendor: '', tokenizer: false }) }),
    );
    await without.load('S-q4f32_1-MLC', null, () => undefined);
    expect(without.countTokens).toBeUndefined();
  });

  it('loads with phased progress, then streams tokens with logprobs and usage', async () => {
    const engine = new WebLlmEngine(fakeApi());
    const progress: LoadProgress[] = [];
    await engine.load('M-q4f32_1-MLC', null, (p) => progress.push(p));
    expect(progress[0]?.phase).toBe('download');
    expect(engine.model()).toBe('M-q4f32_1-MLC');
    expect(engine.label).toContain('M-q4f32_1-MLC');
    const seen: string[] = [];
    const result = await engine.chat({
      messages: [{ role: 'user', content: 'hi' }],
      topLogprobs: 1,
      onToken: (t) => seen.push(t.text),
    });
    expect(seen).toEqual(['a', 'b']);
    expect(result.tokens[0]?.logprob).toBe(-0.1);
    expect(result.tokens[1]).not.toHaveProperty('logprob');
    expect(result.usage.completionTokens).toBe(2);
    expect(result.finishReason).toBe('stop');
  });

  it('refuses to chat before a load', async () => {
    expect(await codeOf(new WebLlmEngine(fakeApi()).chat({ messages: [] }))).toBe('ENGINE_NOT_LOADED');
  });

  it('maps worker error strings to catalogue codes and reports cancellation as ABORTED', async () => {
    const failing = new WebLlmEngine(
      fakeApi({ load: async () => ({ status: 'failed', error: 'DeviceLostError: The WebGPU device was lost' }) }),
    );
    expect(await codeOf(failing.load('x', null, () => undefined))).toBe('MODEL_OUT_OF_MEMORY');
    expect(failing.model()).toBeNull();
    const cancelled = new WebLlmEngine(fakeApi({ load: async () => ({ status: 'cancelled' }) }));
    expect(await codeOf(cancelled.load('x', null, () => undefined))).toBe('ABORTED');
  });

  it('interrupts the worker when the signal aborts mid-generation', async () => {
    const controller = new AbortController();
    const interrupt = vi.fn(async () => undefined);
    const engine = new WebLlmEngine(
      fakeApi({
        interrupt,
        chat: async (_req, onToken) => {
          onToken({ text: 'x' });
          controller.abort();
          return {
            ok: true,
            value: { text: 'x', finishReason: 'abort', usage: { promptTokens: 1, completionTokens: 1 } },
          };
        },
      }),
    );
    await engine.load('M', null, () => undefined);
    const result = await engine.chat({ messages: [], signal: controller.signal });
    expect(interrupt).toHaveBeenCalledOnce();
    expect(result.finishReason).toBe('abort');
    const generationError = new WebLlmEngine(
      fakeApi({
        chat: async () => ({
          ok: false,
          error: 'ContextWindowSizeExceededError: Prompt tokens exceed context window size',
        }),
      }),
    );
    await generationError.load('M', null, () => undefined);
    expect(await codeOf(generationError.chat({ messages: [] }))).toBe('CONTEXT_TOO_LONG');
  });

  it('a device lost during a chat fails that run with a clear record, unloads, and tells the listener', async () => {
    const lost = 'DeviceLostError: The WebGPU device was lost while running the model.';
    const engine = new WebLlmEngine(fakeApi({ chat: async () => ({ ok: false, error: lost }) }));
    const heard: string[] = [];
    engine.onLost((record) => heard.push(record.code));
    await engine.load('M-q4f32_1-MLC', null, () => undefined);
    const failure: unknown = await engine
      .chat({ messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PlaygroundError);
    expect(failure).toMatchObject({ code: 'MODEL_OUT_OF_MEMORY', message: expect.stringMatching(/device was lost/) });
    expect((failure as PlaygroundError).hint).toMatch(/Load the model again .*page can stay/);
    expect(heard).toEqual(['MODEL_OUT_OF_MEMORY']);
    expect(engine.model()).toBeNull();
    expect(await codeOf(engine.chat({ messages: [] }))).toBe('ENGINE_NOT_LOADED');

    const other = new WebLlmEngine(fakeApi({ chat: async () => ({ ok: false, error: 'Error: something else' }) }));
    other.onLost(() => heard.push('wrong'));
    await other.load('M-q4f32_1-MLC', null, () => undefined);
    expect(await codeOf(other.chat({ messages: [] }))).toBe('GENERATION_FAILED');
    expect(other.model()).toBe('M-q4f32_1-MLC');
    expect(heard).toEqual(['MODEL_OUT_OF_MEMORY']);
  });

  it('prefetch reports download progress, and says ABORTED or the mapped failure', async () => {
    const seen: LoadProgress[] = [];
    await new WebLlmEngine(fakeApi()).prefetch('M-q4f32_1-MLC', null, (p) => seen.push(p));
    expect(seen.at(-1)).toMatchObject({ phase: 'download', progress: 1 });
    const cancelled = new WebLlmEngine(fakeApi({ prefetch: async () => ({ ok: false, cancelled: true }) }));
    expect(await codeOf(cancelled.prefetch('M-q4f32_1-MLC', null, () => undefined))).toBe('ABORTED');
    const failing = new WebLlmEngine(
      fakeApi({
        prefetch: async () => ({ ok: false, error: 'NetworkError: the download of params_shard_3.bin failed' }),
      }),
    );
    expect(await codeOf(failing.prefetch('M-q4f32_1-MLC', null, () => undefined))).toBe('MODEL_DOWNLOAD_FAILED');
  });
});
