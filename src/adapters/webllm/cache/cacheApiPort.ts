// The ModelCachePort over the browser's Cache API, in the very stores web-llm reads ("webllm/model", ...).
// Bodies are read as disk-backed Blobs, so judging a 32 MB shard reads its first bytes, not all of it.
import type { CacheScope, CachedEntry, ModelCachePort } from './ModelCachePort';

export function cacheApiPort(storage: CacheStorage = caches): ModelCachePort {
  const open = (scope: CacheScope) => storage.open(scope);
  return {
    async read(scope, url): Promise<CachedEntry | null> {
      const response = await (await open(scope)).match(new Request(url));
      if (!response) return null;
      const blob = await response.blob();
      return {
        size: blob.size,
        contentType: response.headers.get('content-type') ?? '',
        head: async (n) => new Uint8Array(await blob.slice(0, n).arrayBuffer()),
        bytes: async () => new Uint8Array(await blob.arrayBuffer()),
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
