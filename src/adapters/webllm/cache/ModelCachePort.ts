// The few cache operations the download and inspection logic need, so both run in Node tests over a Map
// and in the browser over the Cache API stores web-llm itself reads.

/** web-llm 0.2.86's Cache API store names (cacheBackend "cache", its default). */
export type CacheScope = 'webllm/model' | 'webllm/config' | 'webllm/wasm';

export interface CachedEntry {
  /** Body size in bytes. */
  size: number;
  contentType: string;
  /** The first `n` bytes (the whole body when shorter), read without loading a large shard. */
  head(n: number): Promise<Uint8Array>;
  bytes(): Promise<Uint8Array>;
}

export interface ModelCachePort {
  read(scope: CacheScope, url: string): Promise<CachedEntry | null>;
  put(scope: CacheScope, url: string, body: Uint8Array, contentType: string): Promise<void>;
  delete(scope: CacheScope, url: string): Promise<void>;
}
