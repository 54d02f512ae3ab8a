// The explorer's state: the knowledge-base summary, the open CWE and the search hits. Every
// call goes to the core worker; the store only keeps what came back.
import { create } from 'zustand';
import type { ExplorerCweDetail, ExplorerHit, ExplorerSummary } from '../core/kbTools/explorer/ExplorerData';
import { toErrorRecord, type ErrorRecord } from '../core/errors';
import { coreApi, coreReady } from './coreClient';

export interface ExplorerState {
  summary: ExplorerSummary | null;
  selectedId: string | null;
  detail: ExplorerCweDetail | null;
  query: string;
  hits: ExplorerHit[] | null;
  error: ErrorRecord | null;
  /** Loads (or reloads, after a user KB changed) the summary and the open CWE. */
  load(): Promise<void>;
  select(id: string): Promise<void>;
  search(query: string): Promise<void>;
}

export const useExplorerStore = create<ExplorerState>((set, get) => ({
  summary: null,
  selectedId: null,
  detail: null,
  query: '',
  hits: null,
  error: null,

  async load() {
    try {
      await coreReady();
      const summary = await coreApi().explorer();
      set({ summary, error: null });
      const open = get().selectedId;
      if (open) await get().select(open);
      if (get().query) await get().search(get().query);
    } catch (error) {
      set({ error: toErrorRecord(error, 'KB_NOT_LOADED') });
    }
  },

  async select(id) {
    set({ selectedId: id });
    try {
      const detail = await coreApi().explorerCwe(id);
      // A slower answer for a CWE the user has already left is dropped.
      if (get().selectedId === id) set({ detail, error: null });
    } catch (error) {
      set({ error: toErrorRecord(error) });
    }
  },

  async search(query) {
    set({ query });
    if (!query.trim()) {
      set({ hits: null });
      return;
    }
    try {
      await coreReady();
      const hits = await coreApi().explorerSearch(query);
      if (get().query === query) set({ hits, error: null });
    } catch (error) {
      set({ error: toErrorRecord(error) });
    }
  },
}));
