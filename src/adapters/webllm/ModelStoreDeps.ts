// What the model store needs from the outside world: a model-loading engine, WebGPU probe, storage and origin.
// Declared apart from the store so tests can hand it fakes and the browser wiring stays one small file.
import type { LlmEngine, LoadProgress } from '../../core/generation/LlmEngine';
import type { ErrorRecord } from '../../core/errors';
import type { WebGpuStatus } from '../webgpu/detectWebGpu';
import type { CustomModelRecord } from './customModelRecord';
import type { StorageStatus } from './storageStatus';

/** What the store needs from an engine that loads models (WebLlmEngine in the browser, a fake in tests). */
export interface ModelHost extends LlmEngine {
  load(modelId: string, custom: CustomModelRecord | null, onProgress: (p: LoadProgress) => void): Promise<void>;
  cancelLoad(): Promise<void>;
  hasInCache(modelId: string, custom: CustomModelRecord | null): Promise<boolean>;
  deleteFromCache(modelId: string, custom: CustomModelRecord | null): Promise<void>;
  /** "Download for later": the model's files into the cache, not onto the GPU (absent in fakes that need none). */
  prefetch?(modelId: string, custom: CustomModelRecord | null, onProgress: (p: LoadProgress) => void): Promise<void>;
  cancelPrefetch?(): Promise<void>;
  vendor(): string;
  /** Tells the store when the GPU device is lost under a loaded model. */
  onLost?(listener: (error: ErrorRecord) => void): void;
}

export interface ModelStoreDeps {
  detectWebGpu(): Promise<WebGpuStatus>;
  /** Called lazily: starting the worker fetches the WebLLM chunk. */
  connect(): ModelHost;
  storageStatus(): Promise<StorageStatus | null>;
  requestPersistentStorage(): Promise<boolean>;
  origin(): string;
  /** Models put into the cache from disk (planModelFolder), kept across reloads; absent in tests that need none. */
  savedDiskModels?(): CustomModelRecord[];
  saveDiskModels?(records: CustomModelRecord[]): void;
}
