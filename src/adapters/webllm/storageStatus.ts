// Browser storage for model weights: how much is used and allowed, and asking to keep it (persist) before a big download.
export interface StorageStatus {
  /** null when the browser did not say (then the UI shows no number rather than a guess). */
  usageMB: number | null;
  quotaMB: number | null;
  persisted: boolean;
}

const MB = 1024 * 1024;

export async function storageStatus(): Promise<StorageStatus | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return null;
  try {
    const estimate = await storage.estimate();
    const persisted = storage.persisted ? await storage.persisted() : false;
    return {
      usageMB: estimate.usage === undefined ? null : Math.round(estimate.usage / MB),
      quotaMB: estimate.quota === undefined ? null : Math.round(estimate.quota / MB),
      persisted,
    };
  } catch {
    return null;
  }
}

/** Without persistence the browser may evict gigabytes of weights under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}
