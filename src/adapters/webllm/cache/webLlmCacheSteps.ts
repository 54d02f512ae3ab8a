// Our two steps around web-llm's reload(): fetch the model's files into its cache first (checked, resumable),
// and after a failed load remove only the files proven bad, so the shards already downloaded stay.
import type { AppConfig } from '@mlc-ai/web-llm';
import type { InitReport } from '../toLoadProgress';
import { cacheApiPort } from './cacheApiPort';
import { downloadModelFiles } from './downloadModelFiles';
import { inspectModelCache, type InspectReport } from './inspectModelCache';
import type { ModelSource } from './modelFiles';

/**
 * The record's files, or null when web-llm is left to do it alone: another cacheBackend than the Cache API, or a
 * record with a model_manifest (it may place config and weights elsewhere than the plain folder layout).
 */
function sourceFor(appConfig: AppConfig, modelId: string): ModelSource | null {
  if ((appConfig.cacheBackend ?? 'cache') !== 'cache' || typeof caches === 'undefined') return null;
  const record = appConfig.model_list.find((m) => m.model_id === modelId);
  if (!record || record.model_manifest !== undefined) return null;
  return { model: record.model, model_lib: record.model_lib, integrity: record.integrity };
}

export async function downloadBeforeReload(
  appConfig: AppConfig,
  modelId: string,
  signal: AbortSignal,
  onProgress: (report: InitReport) => void,
): Promise<void> {
  const source = sourceFor(appConfig, modelId);
  if (!source) return;
  await downloadModelFiles(source, {
    port: cacheApiPort(),
    fetch: (url, init) => fetch(url, init),
    signal,
    onProgress,
  });
}

/** What was removed, as a note for the error text ('' when nothing was); never throws. */
export async function repairAfterFailure(appConfig: AppConfig, modelId: string): Promise<string> {
  const source = sourceFor(appConfig, modelId);
  const report: InspectReport | null = source
    ? await inspectModelCache(cacheApiPort(), source).catch(() => null)
    : null;
  if (!report?.removed.length) return '';
  return ` [removed from the cache: ${report.removed.map((r) => r.reason).join('; ')}]`;
}
