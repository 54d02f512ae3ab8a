// Decides before a download whether a model fits the browser storage left to this site, from
// navigator.storage.estimate() (usage and quota) and the model's download size.
import type { StorageStatus } from './storageStatus';

export type StorageFit =
  /** The browser gave no estimate, or the size is unknown: nothing is claimed. */
  | { status: 'unknown' }
  | { status: 'cached' }
  | { status: 'fits'; needMB: number; freeMB: number }
  | { status: 'too-big'; needMB: number; freeMB: number; message: string; hint: string };

/** Room kept beyond the weights: the Cache API stores headers and the tokenizer and library beside them. */
const HEADROOM = 1.05;
const EXTRA_MB = 64;

export function storageFit(needMB: number | null, storage: StorageStatus | null, cached: boolean): StorageFit {
  if (cached) return { status: 'cached' };
  if (needMB === null || needMB <= 0 || !storage || storage.usageMB === null || storage.quotaMB === null)
    return { status: 'unknown' };
  const freeMB = Math.max(0, storage.quotaMB - storage.usageMB);
  if (needMB * HEADROOM + EXTRA_MB <= freeMB) return { status: 'fits', needMB, freeMB };
  return {
    status: 'too-big',
    needMB,
    freeMB,
    message: `This model needs about ${needMB} MB of browser storage, but this site may store only about ${freeMB} MB more.`,
    hint:
      'Delete other cached models, free disk space or pick a smaller model. Private (incognito) windows get ' +
      'very little storage: use a normal window. If part of this model was downloaded before, that part already ' +
      'counts as used: download anyway to resume it.',
  };
}
