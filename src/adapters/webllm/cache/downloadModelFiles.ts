// Fetches a model's config, tensor-cache.json and weight shards into web-llm's own cache stores before web-llm
// loads it, checking each file before it is stored; files already cached and good are not fetched again,
// so a download cut off at 92% resumes at 92%. web-llm's reload then finds every file in the cache.
import type { InitReport } from '../toLoadProgress';
import { judgeCachedFile, type ExpectedFile } from './judgeCachedFile';
import { judgeEntry } from './inspectModelCache';
import { fetchWithStallTimeout, StallError, type FetchLike } from './fetchWithStallTimeout';
import type { ModelCachePort } from './ModelCachePort';
import { modelFiles, shardFiles, type ModelSource } from './modelFiles';

export interface DownloadDeps {
  port: ModelCachePort;
  fetch: FetchLike;
  signal?: AbortSignal;
  /** A file that receives no byte for this long is aborted as a failed download (default 30 s). */
  stallMs?: number;
  onProgress?: (report: InitReport) => void;
  /** Shards fetched at once (web-llm uses 4). */
  concurrency?: number;
}

export interface DownloadReport {
  shards: number;
  /** Shards that were already cached and good. */
  reused: number;
  /** URLs fetched by this call. */
  fetched: string[];
}

function named(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/** Fetches one file, checks it like a cached one, and stores it only when it passes. */
async function fetchChecked(file: ExpectedFile, deps: DownloadDeps): Promise<void> {
  const name = file.url.slice(file.url.lastIndexOf('/') + 1);
  let response: Response;
  let body: Uint8Array;
  try {
    ({ response, body } = await fetchWithStallTimeout(file.url, deps.fetch, deps));
  } catch (error) {
    if (deps.signal?.aborted) throw error;
    if (error instanceof StallError)
      throw named('NetworkError', `the download of ${name} stalled (${error.message}) and was stopped`);
    throw named('NetworkError', `the download of ${name} failed (${String(error)})`);
  }
  if ([403, 404, 410].includes(response.status))
    throw named('Error', `Cannot fetch ${file.url}: status ${response.status}`);
  if (!response.ok) throw named('NetworkError', `${file.url} answered HTTP ${response.status}`);
  const contentType = response.headers.get('content-type') ?? '';
  const verdict = judgeCachedFile(file, { size: body.byteLength, contentType, head: body.subarray(0, 16) });
  if (!verdict.ok) {
    // A short body is a download cut off; anything else means the address serves the wrong thing.
    if (file.nbytes !== undefined && body.byteLength < file.nbytes && !/web page/.test(verdict.reason))
      throw named('NetworkError', `incomplete download: ${verdict.reason}`);
    throw named('Error', `${verdict.reason} (${file.url})`);
  }
  await deps.port.put(file.scope, file.url, body, contentType);
}

/** Returns the parsed JSON of a good cached or freshly fetched JSON file. */
async function ensureJson(file: ExpectedFile, deps: DownloadDeps, fetched: string[]): Promise<unknown> {
  const cached = await judgeEntry(deps.port, file);
  if (cached.present && cached.verdict.ok && 'json' in cached) return cached.json;
  if (cached.present) await deps.port.delete(file.scope, file.url);
  await fetchChecked(file, deps);
  fetched.push(file.url);
  const again = await judgeEntry(deps.port, file);
  if (!again.present || !again.verdict.ok || !('json' in again)) throw named('Error', `${file.url} is not valid JSON`);
  return again.json;
}

export async function downloadModelFiles(source: ModelSource, deps: DownloadDeps): Promise<DownloadReport> {
  const files = modelFiles(source);
  const fetched: string[] = [];
  await ensureJson(files.config, deps, fetched);
  const shards = shardFiles(files.base, await ensureJson(files.manifest, deps, fetched));
  const missing: ExpectedFile[] = [];
  for (const shard of shards) {
    const cached = await judgeEntry(deps.port, shard);
    if (cached.present && cached.verdict.ok) continue;
    if (cached.present) await deps.port.delete(shard.scope, shard.url);
    missing.push(shard);
  }
  const total = shards.reduce((sum, s) => sum + (s.nbytes ?? 0), 0);
  let doneBytes = shards.filter((s) => !missing.includes(s)).reduce((sum, s) => sum + (s.nbytes ?? 0), 0);
  const reused = shards.length - missing.length;
  let done = reused;
  const started = Date.now();
  const report = () =>
    deps.onProgress?.({
      progress: total > 0 ? doneBytes / total : 1,
      timeElapsed: Math.round((Date.now() - started) / 1000),
      text:
        `Fetching param cache[${done}/${shards.length}]: ${Math.ceil(doneBytes / 2 ** 20)}MB fetched. ` +
        `${Math.floor((100 * doneBytes) / Math.max(1, total))}% completed` +
        (reused > 0 && done === reused ? ` (resuming: ${reused} shards were already in the browser)` : ''),
    });
  report();
  // A failure stops new fetches, but shards already in flight finish and are kept before the error is reported.
  let failure: unknown = null;
  let next = 0;
  const worker = async () => {
    while (failure === null && next < missing.length) {
      const shard = missing[next++];
      if (!shard) return;
      try {
        await fetchChecked(shard, deps);
        fetched.push(shard.url);
        doneBytes += shard.nbytes ?? 0;
        done++;
        report();
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 4) }, worker));
  if (failure !== null) {
    if (failure instanceof Error) failure.message += `; ${done} of ${shards.length} shards are kept for the next try`;
    throw failure;
  }
  return { shards: shards.length, reused, fetched };
}
