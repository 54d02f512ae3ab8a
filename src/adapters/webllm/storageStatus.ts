// Browser storage for model weights: how much is used and allowed, and asking to keep it (persist) before a big download.
export interface StorageStatus {
  usageMB: number;
  quotaMB: number;
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
      usageMB: Math.round((estimate.usage ?? 0) / MB),
      quotaMB: Math.round((estimate.quota ?? 0) / MB),
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
