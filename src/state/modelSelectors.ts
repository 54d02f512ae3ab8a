// Named selectors of the model store, used with useShallow: the picker re-renders on what it shows.
import type { ModelState } from './modelStore';

export const selectModelPicker = (s: ModelState) => ({
  override: s.override,
  source: s.source,
  webgpuOk: s.webgpu?.ok === true,
  catalog: s.catalog,
  selectedId: s.selectedId,
  custom: s.custom,
  diskModels: s.diskModels,
  cached: s.cached,
  loadState: s.loadState,
});

export const selectModelActions = (s: ModelState) => ({
  select: s.select,
  load: s.load,
  cancelLoad: s.cancelLoad,
  deleteCached: s.deleteCached,
  setCustom: s.setCustom,
});

export const selectModelDetails = (s: ModelState) => ({
  selectedId: s.selectedId,
  storage: s.storage,
  custom: s.custom,
});

export const selectEngine = (s: ModelState) => s.engine;
export const selectEngineKind = (s: ModelState) => s.engine?.kind ?? 'reference';
export const selectModelBusy = (s: ModelState) => s.loadState.status === 'loading';
export const selectWebGpu = (s: ModelState) => s.webgpu;
