// The disk models' records, kept in local storage so a model put into the cache from a folder is still offered
// after a reload (its files stay in the Cache API; only the record web-llm needs to find them is stored here).
import { z } from 'zod';
import type { CustomModelRecord } from './customModelRecord';

export const DISK_MODELS_KEY = 'scg-disk-models';
/**
 * The host of a disk model's cache URLs. It cannot resolve (.invalid), so a file missing from the cache fails
 * to fetch instead of reaching a server; being https and not localhost, web-llm caches the library under it too.
 * Declared here, not in planModelFolder, so the page's first bundle does not pull the planner in.
 */
export const DISK_MODEL_ORIGIN = 'https://disk-model.invalid';

const record = z.object({
  model: z.string().startsWith(`${DISK_MODEL_ORIGIN}/`),
  model_id: z.string().startsWith('disk:'),
  model_lib: z.string().startsWith(`${DISK_MODEL_ORIGIN}/`),
});

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'> | undefined;

/** The stored records; anything malformed (or not a disk model) is left out rather than trusted. */
export function readDiskModels(storage: Storage): CustomModelRecord[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(DISK_MODELS_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((item) => {
      const result = record.safeParse(item);
      return result.success ? [result.data] : [];
    });
  } catch {
    return [];
  }
}

export function writeDiskModels(storage: Storage, records: CustomModelRecord[]): void {
  try {
    storage?.setItem(DISK_MODELS_KEY, JSON.stringify(records));
  } catch {
    // Storage full or disabled: the model works for this visit and is simply not remembered.
  }
}
