// "Build your own knowledge base": ingest a pairs file in the core worker, distil guidelines with
// the loaded engine (or say it is skipped), and install a user KB beside the built-in one.
import { create } from 'zustand';
import type { UserKb } from '../core/kbTools/ingest/userKbSchema';
import type { UserKbInfo } from '../core/kbTools/explorer/ExplorerData';
import { distillUserKb } from '../core/kbTools/distill/distillUserKb';
import { canonicalJson } from '../core/kb/canonicalJson';
import { toErrorRecord, type ErrorRecord } from '../core/errors';
import { coreApi, coreReady } from './coreClient';
import { useModelStore } from './modelStore';
import { useExplorerStore } from './explorerStore';

export type BuildStep = 'idle' | 'ingesting' | 'distilling' | 'loading';

export interface UserKbState {
  step: BuildStep;
  /** The knowledge base built on this page, ready to download or load. */
  built: UserKb | null;
  /** The user KB installed beside the built-in one. */
  installed: UserKbInfo | null;
  progress: { done: number; total: number } | null;
  message: string | null;
  error: ErrorRecord | null;
  ingest(text: string, name: string): Promise<void>;
  distill(): Promise<void>;
  /** Validates and installs a user KB file (text); the explorer and retrieval then include it. */
  install(text: string): Promise<void>;
  clear(): Promise<void>;
  builtJson(): string | null;
}

export const useUserKbStore = create<UserKbState>((set, get) => ({
  step: 'idle',
  built: null,
  installed: null,
  progress: null,
  message: null,
  error: null,

  async ingest(text, name) {
    set({ step: 'ingesting', error: null, message: null, built: null, progress: null });
    try {
      await coreReady();
      const built = await coreApi().ingestPairs(text, name);
      set({
        built,
        step: 'idle',
        message: `Ingested ${built.report.pairs} pairs into ${built.cwes.length} CWEs (${built.report.sliced} sliced, ${built.report.problems.length} bad lines).`,
      });
    } catch (error) {
      set({ step: 'idle', error: toErrorRecord(error, 'BAD_INPUT') });
    }
  },

  async distill() {
    const built = get().built;
    if (!built) return;
    const engine = useModelStore.getState().engine;
    if (!engine) {
      set({
        message:
          'No model is loaded, so distillation is skipped: the knowledge base keeps its examples but gets no guidelines. Load a model to distil.',
      });
      return;
    }
    set({ step: 'distilling', error: null, progress: { done: 0, total: 0 } });
    try {
      const distilled = await distillUserKb(built, engine, {
        onProgress: (p) => set({ progress: { done: p.done, total: p.total } }),
      });
      const guidelines = distilled.cwes.reduce((n, c) => n + c.guidelines.length, 0);
      set({ built: distilled, step: 'idle', message: `Distilled ${guidelines} guidelines with ${engine.label}.` });
    } catch (error) {
      set({ step: 'idle', error: toErrorRecord(error, 'GENERATION_FAILED') });
    }
  },

  async install(text) {
    set({ step: 'loading', error: null });
    try {
      await coreReady();
      const installed = await coreApi().loadUserKb(text);
      set({
        installed,
        step: 'idle',
        message: `Loaded "${installed.name}" beside the built-in knowledge base: ${installed.cwes} CWEs, ${installed.examples} examples, ${installed.guidelines} guidelines.`,
      });
      await useExplorerStore.getState().load();
    } catch (error) {
      set({ step: 'idle', error: toErrorRecord(error, 'IMPORT_INVALID') });
    }
  },

  async clear() {
    await coreApi().clearUserKb();
    set({ installed: null, message: 'Removed the user knowledge base; only the built-in one is searched.' });
    await useExplorerStore.getState().load();
  },

  builtJson() {
    const built = get().built;
    return built ? `${canonicalJson(built)}\n` : null;
  },
}));
