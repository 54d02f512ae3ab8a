// After a failed load: removes only the cached files of a model that are proven bad (a web page, not JSON,
// not WebAssembly, a shard of the wrong size, a hash that does not match) and keeps the rest for the retry.
import { HEAD_BYTES, judgeCachedFile, type ExpectedFile, type Verdict } from './judgeCachedFile';
import type { ModelCachePort } from './ModelCachePort';
import { modelFiles, shardFiles, type ModelSource } from './modelFiles';
import { sriMatches } from './sriMatches';

export interface InspectReport {
  /** Files present and judged good. */
  kept: number;
  removed: { url: string; reason: string }[];
}

/** Judges one present file; JSON is parsed in full and hashes are checked when the record carries one. */
export async function judgeEntry(
  port: ModelCachePort,
  file: ExpectedFile & { integrity?: string },
): Promise<{ present: false } | { present: true; verdict: Verdict; json?: unknown }> {
  const entry = await port.read(file.scope, file.url);
  if (!entry) return { present: false };
  const head = await entry.head(HEAD_BYTES);
  const verdict = judgeCachedFile(file, { size: entry.size, contentType: entry.contentType, head });
  if (!verdict.ok || (file.kind !== 'json' && !file.integrity)) return { present: true, verdict };
  const bytes = await entry.bytes();
  const name = file.url.slice(file.url.lastIndexOf('/') + 1);
  if (file.integrity && (await sriMatches(bytes, file.integrity)) === false)
    return { present: true, verdict: { ok: false, reason: `${name}: hash does not match the model record` } };
  if (file.kind !== 'json') return { present: true, verdict };
  try {
    return { present: true, verdict, json: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return { present: true, verdict: { ok: false, reason: `${name}: not valid JSON` } };
  }
}

export async function inspectModelCache(port: ModelCachePort, source: ModelSource): Promise<InspectReport> {
  const files = modelFiles(source);
  const report: InspectReport = { kept: 0, removed: [] };
  const check = async (file: ExpectedFile & { integrity?: string }) => {
    const judged = await judgeEntry(port, file);
    if (!judged.present) return undefined;
    if (judged.verdict.ok) {
      report.kept++;
      return judged;
    }
    await port.delete(file.scope, file.url);
    report.removed.push({ url: file.url, reason: judged.verdict.reason });
    return undefined;
  };
  await check(files.config);
  for (const tokenizer of files.tokenizers) await check(tokenizer);
  if (files.wasm) await check(files.wasm);
  const manifest = await check(files.manifest);
  if (manifest && 'json' in manifest) {
    let shards: ExpectedFile[] = [];
    try {
      shards = shardFiles(files.base, manifest.json);
    } catch (error) {
      // A manifest of the wrong shape cannot name the shards: it is bad itself, the shards stay.
      await port.delete(files.manifest.scope, files.manifest.url);
      report.kept--;
      report.removed.push({ url: files.manifest.url, reason: String(error) });
    }
    for (const shard of shards) await check(shard);
  }
  return report;
}
