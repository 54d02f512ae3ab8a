// The ModelCachePort over the browser's Cache API, in the very stores web-llm reads ("webllm/model", ...).
// Judging a cached shard on every load must not read all its bytes: the size comes from Content-Length when the
// stored body is not content-encoded, and the first bytes from the first chunk of the stream.
import type { CacheScope, CachedEntry, ModelCachePort } from './ModelCachePort';

async function firstBytes(response: Response, n: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const out: number[] = [];
  while (out.length < n) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    for (const byte of value.subarray(0, n - out.length)) out.push(byte);
  }
  await reader.cancel().catch(() => undefined);
  return new Uint8Array(out);
}

export function cacheApiPort(storage: CacheStorage = caches): ModelCachePort {
  const open = (scope: CacheScope) => storage.open(scope);
  const match = async (scope: CacheScope, url: string) => (await open(scope)).match(new Request(url));
  return {
    async read(scope, url): Promise<CachedEntry | null> {
      const response = await match(scope, url);
      if (!response) return null;
      const declared = Number(response.headers.get('content-length') ?? NaN);
      const plain = !response.headers.get('content-encoding');
      const size = plain && Number.isInteger(declared) ? declared : (await response.clone().blob()).size;
      return {
        size,
        contentType: response.headers.get('content-type') ?? '',
        head: async (n) => firstBytes((await match(scope, url)) ?? new Response(null), n),
        bytes: async () => new Uint8Array(await ((await match(scope, url)) ?? new Response(null)).arrayBuffer()),
      };
    },
    async put(scope, url, body, contentType) {
      // A copy, so the Response owns a plain ArrayBuffer whatever view the caller passed.
      const response = new Response(body.slice().buffer, {
        headers: { 'content-type': contentType, 'content-length': String(body.byteLength) },
      });
      await (await open(scope)).put(new Request(url), response);
    },
    async delete(scope, url) {
      await (await open(scope)).delete(new Request(url));
    },
  };
}
