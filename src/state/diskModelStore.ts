// "Load a model from disk": a compiled MLC model folder the user picked is checked (planModelFolder), copied
// into web-llm's cache under its disk:<folder> id, remembered in the model store, and loaded like any model.
// The planner is imported on demand, so the page's first bundle does not carry it.
import { create } from 'zustand';
import { toErrorRecord, type ErrorRecord } from '../core/errors';
import type { FolderFile } from '../adapters/webllm/planModelFolder';
import { filesFromHandle, filesFromList, type DirectoryHandleLike } from '../adapters/webllm/readPickedFolder';
import { useModelStore } from './modelStore';

export type { DirectoryHandleLike };

export interface DiskModelState {
  status: 'idle' | 'copying' | 'error';
  /** 0..1 of the bytes copied into the cache. */
  progress: number;
  error: ErrorRecord | null;
  fromHandle(handle: DirectoryHandleLike): Promise<void>;
  fromFileList(list: ArrayLike<File>): Promise<void>;
}

export const useDiskModelStore = create<DiskModelState>()((set, get) => {
  const importFolder = async (read: () => Promise<{ name: string; files: FolderFile[] }>) => {
    if (get().status === 'copying') return;
    set({ status: 'copying', progress: 0, error: null });
    try {
      const { name, files } = await read();
      const { planModelFolder } = await import('../adapters/webllm/planModelFolder');
      const { putFolderInCache } = await import('../adapters/webllm/putFolderInCache');
      const plan = await planModelFolder(name, files);
      await putFolderInCache(plan, (done, total) => set({ progress: total > 0 ? done / total : 1 }));
      set({ status: 'idle', progress: 1 });
      useModelStore.getState().addDiskModel(plan.record);
      await useModelStore.getState().load();
    } catch (error) {
      const full = error instanceof DOMException && error.name === 'QuotaExceededError';
      set({ status: 'error', error: toErrorRecord(error, full ? 'MODEL_STORAGE_FULL' : 'MODEL_LOAD_FAILED') });
    }
  };
  return {
    status: 'idle',
    progress: 0,
    error: null,
    fromHandle: (handle) => importFolder(() => filesFromHandle(handle)),
    fromFileList: (list) => importFolder(async () => filesFromList(list)),
  };
});
