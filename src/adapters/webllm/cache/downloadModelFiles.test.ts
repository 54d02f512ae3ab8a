// Downloads from a real HTTP server on 127.0.0.1 that breaks off mid-shard, then serves the rest.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mapEngineError } from '../mapEngineError';
import { downloadModelFiles } from './downloadModelFiles';
import { memoryCachePort, type MemoryCachePort } from './memoryCachePortTestKit';

const SHARD_BYTES = 48 * 1024;
const shard = (i: number) => new Uint8Array(SHARD_BYTES).map((_, j) => (i * 31 + j) % 251);
/** Byte equality without vitest's slow element-by-element diff of typed arrays. */
const same = (a: Uint8Array | undefined, b: Uint8Array) => a !== undefined && Buffer.from(a).equals(Buffer.from(b));
const FILES = new Map<string, { body: Uint8Array; type: string }>();
const json = (v: unknown) => ({ body: new TextEncoder().encode(JSON.stringify(v)), type: 'application/json' });
FILES.set('/m/resolve/main/mlc-chat-config.json', json({ tokenizer_files: ['tokenizer.json'] }));
FILES.set(
  '/m/resolve/main/tensor-cache.json',
  json({ records: [0, 1, 2, 3, 4, 5].map((i) => ({ dataPath: `params_shard_${i}.bin`, nbytes: SHARD_BYTES })) }),
);
for (let i = 0; i < 6; i++)
  FILES.set(`/m/resolve/main/params_shard_${i}.bin`, { body: shard(i), type: 'application/octet-stream' });

/** Per path, how the next request for it misbehaves (once). */
const faults = new Map<string, 'drop' | 'short' | 'html'>();
const requested: string[] = [];
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    requested.push(path.slice(path.lastIndexOf('/') + 1));
    const file = FILES.get(path);
    const fault = faults.get(path);
    faults.delete(path);
    if (fault === 'html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><p>app');
    if (!file) return void res.writeHead(404).end();
    if (fault === 'short') {
      const half = file.body.subarray(0, SHARD_BYTES / 2);
      return void res.writeHead(200, { 'content-length': half.byteLength, 'content-type': file.type }).end(half);
    }
    res.writeHead(200, { 'content-length': file.body.byteLength, 'content-type': file.type });
    if (fault !== 'drop') return void res.end(file.body);
    // Half the body, then the connection dies: the client sees a body cut off mid-shard.
    res.write(file.body.subarray(0, SHARD_BYTES / 2));
    setTimeout(() => res.socket?.destroy(), 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let port: MemoryCachePort;
beforeEach(() => {
  port = memoryCachePort();
  requested.length = 0;
  faults.clear();
});

const source = () => ({ model: `${origin}/m`, model_lib: `${origin}/lib.wasm` });
const deps = () => ({ port, fetch: (url: string, init: { signal?: AbortSignal }) => fetch(url, init), concurrency: 2 });
const cachedShards = () =>
  [...port.files.entries()].filter(([k]) => k.includes('params_shard_')).map(([k, v]) => ({ k, body: v.body }));

describe('downloadModelFiles', () => {
  it('keeps the shards that arrived when the connection drops mid-shard, and the retry fetches only the rest', async () => {
    faults.set('/m/resolve/main/params_shard_3.bin', 'drop');
    const error: unknown = await downloadModelFiles(source(), deps()).catch((e: unknown) => e);
    expect(String(error)).toMatch(/^NetworkError: the download of params_shard_3\.bin failed \(TypeError: terminated/);
    expect(String(error)).toMatch(/of 6 shards are kept for the next try/);
    expect(mapEngineError(String(error)).code).toBe('MODEL_DOWNLOAD_FAILED');
    const kept = cachedShards();
    expect(kept.map((s) => s.k)).toEqual(
      expect.arrayContaining([0, 1, 2].map((i) => expect.stringContaining(`_${i}.bin`))),
    );
    expect(kept.some((s) => s.k.endsWith('_3.bin'))).toBe(false);
    for (const { k, body } of kept) expect(same(body, shard(Number(/_(\d)\.bin$/.exec(k)?.[1])))).toBe(true);

    requested.length = 0;
    const progress: string[] = [];
    const report = await downloadModelFiles(source(), { ...deps(), onProgress: (r) => progress.push(r.text) });
    const missing = [0, 1, 2, 3, 4, 5].filter((i) => !kept.some((s) => s.k.endsWith(`_${i}.bin`)));
    expect(requested.sort()).toEqual(missing.map((i) => `params_shard_${i}.bin`).sort());
    expect(report).toMatchObject({ shards: 6, reused: kept.length });
    expect(progress[0]).toMatch(/resuming: \d shards were already in the browser/);
    expect(progress.at(-1)).toMatch(/^Fetching param cache\[6\/6\]: .*100% completed/);
    for (let i = 0; i < 6; i++)
      expect(same(port.files.get(`webllm/model ${origin}/m/resolve/main/params_shard_${i}.bin`)?.body, shard(i))).toBe(
        true,
      );
  });

  it('never stores a shard shorter than tensor-cache.json says, and fetches it again on retry', async () => {
    faults.set('/m/resolve/main/params_shard_5.bin', 'short');
    await expect(downloadModelFiles(source(), deps())).rejects.toThrow(
      /incomplete download: params_shard_5\.bin: 24576 bytes where the model lists 49152/,
    );
    expect(cachedShards().some((s) => s.k.endsWith('_5.bin'))).toBe(false);
    requested.length = 0;
    await downloadModelFiles(source(), deps());
    expect(requested).toEqual(['params_shard_5.bin']);
  });

  it('refuses a web page served as the config and stores nothing from it', async () => {
    faults.set('/m/resolve/main/mlc-chat-config.json', 'html');
    const error: unknown = await downloadModelFiles(source(), deps()).catch((e: unknown) => e);
    expect(mapEngineError(String(error)).code).toBe('MODEL_NOT_FOUND');
    expect(port.puts).toEqual([]);
  });

  it('replaces a poisoned cached config and a short cached shard, keeping the good ones', async () => {
    port.seed('webllm/config', `${origin}/m/resolve/main/mlc-chat-config.json`, '<!DOCTYPE html>', 'text/html');
    await downloadModelFiles(source(), deps());
    port.seed('webllm/model', `${origin}/m/resolve/main/params_shard_2.bin`, shard(2).subarray(0, 100));
    requested.length = 0;
    const report = await downloadModelFiles(source(), deps());
    expect(requested).toEqual(['params_shard_2.bin']);
    expect(report.reused).toBe(5);
  });

  it('a 404 is a missing model, and an aborted download stops', async () => {
    await expect(downloadModelFiles({ ...source(), model: `${origin}/nothing` }, deps())).rejects.toThrow(/status 404/);
    const controller = new AbortController();
    controller.abort();
    await expect(downloadModelFiles(source(), { ...deps(), signal: controller.signal })).rejects.toThrow(/abort/i);
    expect(port.puts).toEqual([]);
  });
});
