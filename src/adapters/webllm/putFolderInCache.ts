// Writes a planned model folder into web-llm's Cache API stores. Each file is stored as a Response over the
// File itself, so a shard streams from disk into the cache without being held whole in memory.
import type { FolderPlan } from './planModelFolder';

export async function putFolderInCache(
  plan: FolderPlan,
  onProgress: (doneBytes: number, totalBytes: number) => void,
  storage: CacheStorage = caches,
): Promise<void> {
  let done = 0;
  onProgress(0, plan.totalBytes);
  for (const entry of plan.entries) {
    const cache = await storage.open(entry.scope);
    const headers = { 'content-type': entry.contentType, 'content-length': String(entry.file.size) };
    await cache.put(new Request(entry.url), new Response(entry.file, { headers }));
    done += entry.file.size;
    onProgress(done, plan.totalBytes);
  }
}
