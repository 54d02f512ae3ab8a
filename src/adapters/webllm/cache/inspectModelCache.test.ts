import { describe, expect, it } from 'vitest';
import { inspectModelCache } from './inspectModelCache';
import { judgeCachedFile } from './judgeCachedFile';
import { memoryCachePort } from './memoryCachePortTestKit';
import { sriMatches } from './sriMatches';

const BASE = 'https://models.example.test/org/m/resolve/main/';
const LIB = 'https://libs.example.test/m-webgpu.wasm';
const WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
const manifest = JSON.stringify({ records: [0, 1, 2].map((i) => ({ dataPath: `params_shard_${i}.bin`, nbytes: 10 })) });

function seeded() {
  const port = memoryCachePort();
  port.seed(
    'webllm/config',
    `${BASE}mlc-chat-config.json`,
    '{"tokenizer_files":["tokenizer.json"]}',
    'application/json',
  );
  port.seed('webllm/model', `${BASE}tensor-cache.json`, manifest, 'application/json');
  port.seed('webllm/model', `${BASE}params_shard_0.bin`, new Uint8Array(10));
  port.seed('webllm/model', `${BASE}params_shard_1.bin`, new Uint8Array(4));
  return port;
}

describe('inspectModelCache', () => {
  it('removes only proven-bad files: a web page, a non-wasm library, a short shard', async () => {
    const port = seeded();
    port.seed('webllm/model', `${BASE}tokenizer.json`, '<!doctype html><title>x</title>', 'text/html');
    port.seed('webllm/wasm', LIB, 'not a module');
    const report = await inspectModelCache(port, { model: 'https://models.example.test/org/m', model_lib: LIB });
    expect(report.removed.map((r) => r.url).sort()).toEqual(
      [`${BASE}params_shard_1.bin`, `${BASE}tokenizer.json`, LIB].sort(),
    );
    expect(report.removed.find((r) => r.url.endsWith('shard_1.bin'))?.reason).toBe(
      'params_shard_1.bin: 4 bytes where the model lists 10',
    );
    expect(report.kept).toBe(3);
    expect([...port.files.keys()].sort()).toEqual(
      [
        `webllm/config ${BASE}mlc-chat-config.json`,
        `webllm/model ${BASE}params_shard_0.bin`,
        `webllm/model ${BASE}tensor-cache.json`,
      ].sort(),
    );
  });

  it('keeps a good library and checks SRI hashes where the record carries them', async () => {
    const port = seeded();
    port.seed('webllm/wasm', LIB, WASM);
    const config = new TextEncoder().encode('{"tokenizer_files":["tokenizer.json"]}');
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', config));
    const good = `sha256-${btoa(String.fromCharCode(...digest))}`;
    expect(await sriMatches(config, good)).toBe(true);
    expect(await sriMatches(config, 'md5-abc')).toBeNull();
    const src = { model: `${BASE}`, model_lib: LIB };
    expect((await inspectModelCache(port, { ...src, integrity: { config: good } })).removed.map((r) => r.url)).toEqual([
      `${BASE}params_shard_1.bin`,
    ]);
    const bad = await inspectModelCache(port, { ...src, integrity: { config: `sha256-${btoa('x'.repeat(32))}` } });
    expect(bad.removed).toEqual([
      { url: `${BASE}mlc-chat-config.json`, reason: 'mlc-chat-config.json: hash does not match the model record' },
    ]);
    expect(port.files.has(`webllm/wasm ${LIB}`)).toBe(true);
  });

  it('a manifest of the wrong shape goes, and the shards it cannot name are left alone', async () => {
    const port = seeded();
    port.seed('webllm/model', `${BASE}tensor-cache.json`, '{"files":[]}', 'application/json');
    const report = await inspectModelCache(port, { model: BASE, model_lib: '/local/lib.wasm' });
    expect(report.removed.map((r) => r.url)).toEqual([`${BASE}tensor-cache.json`]);
    expect(port.files.has(`webllm/model ${BASE}params_shard_1.bin`)).toBe(true);
  });
});

describe('judgeCachedFile', () => {
  const head = (s: string | Uint8Array) => (typeof s === 'string' ? new TextEncoder().encode(s) : s);
  const shard = {
    scope: 'webllm/model' as const,
    url: `${BASE}params_shard_0.bin`,
    kind: 'binary' as const,
    nbytes: 8,
  };
  it('judges by content type, first bytes and size', () => {
    expect(judgeCachedFile(shard, { size: 8, contentType: 'application/octet-stream', head: WASM })).toEqual({
      ok: true,
    });
    expect(judgeCachedFile(shard, { size: 8, contentType: '', head: head('  <HTML><body>') }).ok).toBe(false);
    expect(judgeCachedFile(shard, { size: 9, contentType: '', head: WASM }).ok).toBe(false);
    const json = { ...shard, kind: 'json' as const, nbytes: undefined };
    expect(judgeCachedFile(json, { size: 2, contentType: 'application/json', head: head(' {}') }).ok).toBe(true);
    expect(judgeCachedFile(json, { size: 2, contentType: 'text/plain', head: head('oops') }).ok).toBe(false);
    const wasm = { ...shard, kind: 'wasm' as const, nbytes: undefined };
    expect(judgeCachedFile(wasm, { size: 8, contentType: 'application/wasm', head: WASM }).ok).toBe(true);
    expect(judgeCachedFile(wasm, { size: 8, contentType: 'application/wasm', head: head('MZ......') }).ok).toBe(false);
  });
});
