// The browser wiring of the model store: WebGPU probe, the WebLLM worker, storage and the page origin.
import { detectWebGpu } from '../webgpu/detectWebGpu';
import { connectWebLlmWorker } from './connectWebLlmWorker';
import { requestPersistentStorage, storageStatus } from './storageStatus';
import type { ModelStoreDeps } from './ModelStoreDeps';
import { readDiskModels, writeDiskModels } from './diskModelRecords';

export const browserModelDeps: ModelStoreDeps = {
  detectWebGpu: () => detectWebGpu(),
  connect: () => connectWebLlmWorker(),
  storageStatus,
  requestPersistentStorage,
  origin: () => globalThis.location?.origin ?? 'http://localhost',
  savedDiskModels: () => readDiskModels(globalThis.localStorage),
  saveDiskModels: (records) => writeDiskModels(globalThis.localStorage, records),
};
