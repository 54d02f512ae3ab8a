// Named selectors of the explorer store, used with useShallow.
import type { ExplorerState } from './explorerStore';

export const selectExplorerPage = (s: ExplorerState) => ({
  summary: s.summary,
  detail: s.detail,
  error: s.error,
  load: s.load,
});

export const selectExplorerSearch = (s: ExplorerState) => ({ hits: s.hits, search: s.search, select: s.select });

export const selectCweList = (s: ExplorerState) => ({ selectedId: s.selectedId, select: s.select });
