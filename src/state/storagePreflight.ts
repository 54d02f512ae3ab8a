// The storage step before a model download: ask to persist before a big one, then refuse a model that cannot fit
// in what the browser leaves this site, with a plain message (skipped when the user chose to download anyway).
import type { ErrorRecord } from '../core/errors';
import { findCatalogModel } from '../adapters/webllm/modelCatalog';
import type { ModelStoreDeps } from '../adapters/webllm/ModelStoreDeps';
import type { StorageStatus } from '../adapters/webllm/storageStatus';
import { storageFit } from '../adapters/webllm/storageFit';

/** Downloads above this size ask for persistent storage first. */
export const PERSIST_ABOVE_MB = 1000;

export async function storagePreflight(
  deps: Pick<ModelStoreDeps, 'storageStatus' | 'requestPersistentStorage'>,
  modelId: string,
  cached: boolean,
  force: boolean,
): Promise<{ storage: StorageStatus | null; error: ErrorRecord | null }> {
  const needMB = findCatalogModel(modelId)?.downloadMB ?? null;
  // Some browsers (Firefox) grant a persistent site more room, so ask before measuring.
  if (!cached && (needMB ?? 0) > PERSIST_ABOVE_MB) await deps.requestPersistentStorage();
  const storage = await deps.storageStatus();
  const fit = storageFit(needMB, storage, cached);
  if (fit.status !== 'too-big' || force) return { storage, error: null };
  return { storage, error: { code: 'MODEL_STORAGE_FULL', message: fit.message, hint: fit.hint } };
}
