// The stall timeout with fake timers and a fake fetch whose body we pace: a stream that stops is aborted after
// stallMs of silence, a slow but steady one is never aborted, and a stalled shard fails the download by name.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mapEngineError } from '../mapEngineError';
import { downloadModelFiles } from './downloadModelFiles';
import { fetchWithStallTimeout, StallError, type FetchLike } from './fetchWithStallTimeout';
import { memoryCachePort } from './memoryCachePortTestKit';

const STALL_MS = 1000;
const CHUNK = 1024;

/** A body that sends `chunks` chunks, one every `everyMs`, then ends or (with `stallAfter`) goes silent for good. */
function pacedBody(chunks: number, everyMs: number, stallAfter?: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull: (controller) =>
      new Promise<void>((resolve) => {
        if (stallAfter !== undefined && sent >= stallAfter) return; // never resolves: the line is silent
        if (sent >= chunks) {
          controller.close();
          return resolve();
        }
        setTimeout(() => {
          controller.enqueue(new Uint8Array(CHUNK).fill(sent++));
          resolve();
        }, everyMs);
      }),
  });
}

/** A fetch that records the signal it was given and answers with `body` after `headersMs`. */
function fakeFetch(body: () => ReadableStream<Uint8Array>, headersMs = 0) {
  const signals: AbortSignal[] = [];
  const fetch: FetchLike = (_url, init) => {
    if (init.signal) signals.push(init.signal);
    return new Promise((resolve) => setTimeout(() => resolve(new Response(body())), headersMs));
  };
  return { fetch, signals };
}

/** Settles `promise` into a value or an error, so fake time can run while it is pending. */
function settle<T>(promise: Promise<T>) {
  const out: { value?: T; error?: unknown; done: boolean } = { done: false };
  promise.then(
    (value) => Object.assign(out, { value, done: true }),
    (error: unknown) => Object.assign(out, { error, done: true }),
  );
  return out;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('fetchWithStallTimeout', () => {
  it('aborts a body that stops arriving once stallMs pass without a byte, not before', async () => {
    const { fetch, signals } = fakeFetch(() => pacedBody(10, 100, 3));
    const result = settle(fetchWithStallTimeout('u', fetch, { stallMs: STALL_MS }));
    await vi.advanceTimersByTimeAsync(300 + STALL_MS - 50);
    expect(result.done).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(result.error).toBeInstanceOf(StallError);
    expect(String(result.error)).toBe('StallError: no data arrived for 1 s');
    expect(signals[0]?.aborted).toBe(true);
  });

  it('never aborts a slow but steady body, even when the whole takes many times stallMs', async () => {
    const { fetch, signals } = fakeFetch(() => pacedBody(12, STALL_MS * 0.9), STALL_MS * 0.9);
    const result = settle(fetchWithStallTimeout('u', fetch, { stallMs: STALL_MS }));
    await vi.advanceTimersByTimeAsync(STALL_MS * 14);
    expect(result.error).toBeUndefined();
    expect(result.value?.body.byteLength).toBe(12 * CHUNK);
    expect(result.value?.body[11 * CHUNK]).toBe(11);
    expect(signals[0]?.aborted).toBe(false);
  });

  it('counts waiting for the headers too, and settles even when the fetch ignores its signal', async () => {
    const fetch: FetchLike = () => new Promise<Response>(() => undefined);
    const result = settle(fetchWithStallTimeout('u', fetch, { stallMs: STALL_MS }));
    await vi.advanceTimersByTimeAsync(STALL_MS);
    expect(result.error).toBeInstanceOf(StallError);
  });

  it("reports the caller's abort as an abort, not as a stall", async () => {
    const { fetch } = fakeFetch(() => pacedBody(10, 100, 2));
    const controller = new AbortController();
    const result = settle(fetchWithStallTimeout('u', fetch, { stallMs: STALL_MS, signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(250);
    controller.abort();
    await vi.advanceTimersByTimeAsync(STALL_MS * 2);
    expect(result.done).toBe(true);
    expect(result.error).not.toBeInstanceOf(StallError);
    expect(String(result.error)).toMatch(/abort/i);
  });
});

describe('downloadModelFiles with a stalled shard', () => {
  const base = 'https://models.test/m/resolve/main/';
  const SHARD = 4 * CHUNK;
  const index = { records: [0, 1, 2, 3].map((i) => ({ dataPath: `params_shard_${i}.bin`, nbytes: SHARD })) };
  const json = (v: unknown) => new Response(JSON.stringify(v), { headers: { 'content-type': 'application/json' } });
  const fetch: FetchLike = async (url) => {
    if (url.endsWith('mlc-chat-config.json')) return json({ tokenizer_files: ['tokenizer.json'] });
    if (url.endsWith('tensor-cache.json')) return json(index);
    // Shard 2 sends one chunk, then its connection goes silent without closing.
    return new Response(pacedBody(4, 10, url.endsWith('_2.bin') ? 1 : undefined));
  };

  it('stops the silent shard after stallMs, names it, and keeps the shards that arrived', async () => {
    const port = memoryCachePort();
    const source = { model: 'https://models.test/m', model_lib: 'https://models.test/lib.wasm' };
    const result = settle(downloadModelFiles(source, { port, fetch, stallMs: STALL_MS, concurrency: 4 }));
    await vi.advanceTimersByTimeAsync(STALL_MS + 100);
    expect(String(result.error)).toBe(
      'NetworkError: the download of params_shard_2.bin stalled (no data arrived for 1 s) and was stopped; ' +
        '3 of 4 shards are kept for the next try',
    );
    expect(mapEngineError(String(result.error)).code).toBe('MODEL_DOWNLOAD_FAILED');
    const shards = port.puts.filter((k) => k.includes('params_shard_')).sort();
    expect(shards).toEqual([0, 1, 3].map((i) => `${base}params_shard_${i}.bin`));
  });
});
