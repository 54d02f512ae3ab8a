// "Download for later": every file web-llm's reload reads, fetched into its cache without loading anything
// onto the GPU. Config, index and shards go through downloadModelFiles (checked, resumable: shards already
// cached and good are kept); the tokenizer and the library are then added the way web-llm adds them.
import type { AppConfig } from '@mlc-ai/web-llm';
import type { InitReport } from '../toLoadProgress';
import { downloadBeforeReload } from './webLlmCacheSteps';
import { modelFiles } from './modelFiles';

async function addIfMissing(scope: string, url: string, signal: AbortSignal): Promise<void> {
  const cache = await caches.open(scope);
  if (!(await cache.match(url))) await cache.add(new Request(url, { signal }));
}

export async function prefetchModel(
  appConfig: AppConfig,
  modelId: string,
  signal: AbortSignal,
  onProgress: (report: InitReport) => void,
): Promise<void> {
  const record = appConfig.model_list.find((m) => m.model_id === modelId);
  if (!record) throw new Error(`ModelNotFoundError: no model record for ${modelId}`);
  await downloadBeforeReload(appConfig, modelId, signal, onProgress);
  const files = modelFiles(record);
  const configResponse = await (await caches.open(files.config.scope)).match(files.config.url);
  const config: unknown = configResponse ? await configResponse.json().catch(() => ({})) : {};
  const listed = typeof config === 'object' && config !== null ? Reflect.get(config, 'tokenizer_files') : undefined;
  const names = Array.isArray(listed) ? listed : [];
  // The one tokenizer file web-llm reads: tokenizer.json when listed, else tokenizer.model.
  const tokenizer = files.tokenizers.find((t) =>
    t.url.endsWith(names.includes('tokenizer.json') ? '/tokenizer.json' : '/tokenizer.model'),
  );
  if (tokenizer && names.length > 0) await addIfMissing(tokenizer.scope, tokenizer.url, signal);
  if (files.wasm) await addIfMissing(files.wasm.scope, files.wasm.url, signal);
  onProgress({ progress: 1, timeElapsed: 0, text: 'Downloaded for later: every file is in the browser cache.' });
}
