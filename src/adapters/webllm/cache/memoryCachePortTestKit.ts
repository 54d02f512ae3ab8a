// An in-memory ModelCachePort for Node tests: records every put and delete so tests can tell kept from refetched.
import type { CacheScope, CachedEntry, ModelCachePort } from './ModelCachePort';

export interface MemoryCachePort extends ModelCachePort {
  files: Map<string, { body: Uint8Array; contentType: string }>;
  puts: string[];
  deletes: string[];
  seed(scope: CacheScope, url: string, body: Uint8Array | string, contentType?: string): void;
}

export function memoryCachePort(): MemoryCachePort {
  const files = new Map<string, { body: Uint8Array; contentType: string }>();
  const key = (scope: CacheScope, url: string) => `${scope} ${url}`;
  const port: MemoryCachePort = {
    files,
    puts: [],
    deletes: [],
    seed(scope, url, body, contentType = 'application/octet-stream') {
      files.set(key(scope, url), {
        body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
        contentType,
      });
    },
    async read(scope, url): Promise<CachedEntry | null> {
      const file = files.get(key(scope, url));
      if (!file) return null;
      return {
        size: file.body.byteLength,
        contentType: file.contentType,
        head: async (n) => file.body.slice(0, n),
        bytes: async () => file.body.slice(),
      };
    },
    async put(scope, url, body, contentType) {
      port.puts.push(url);
      files.set(key(scope, url), { body: body.slice(), contentType });
    },
    async delete(scope, url) {
      port.deletes.push(url);
      files.delete(key(scope, url));
    },
  };
  return port;
}
