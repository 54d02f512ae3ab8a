// Trace actions for the UI: import (file or share link), export, share link and replay. The logic
// is in core/traceIo, core/shareLink and the ReplayEngine, loaded on first use so the first
// screen does not pay for zod; this store keeps the last message.
import { create } from 'zustand';
import type { RunTrace } from '../core/trace';
import { toErrorRecord } from '../core/errors';
import type { TraceFileLike } from '../core/traceIo';
import { useRunStore } from './runStore';
import { useNoticeStore } from './noticeStore';

/** What the toolbar says after a success; refusals go to the page's notice banner (noticeStore). */
export interface TraceMessage {
  kind: 'ok';
  text: string;
  hint?: string;
}

export interface TraceState {
  message: TraceMessage | null;
  shareLink: string | null;
  /** Replay speed factor: 1 is the recorded pace. */
  speed: number;
  setSpeed(speed: number): void;
  importFile(file: TraceFileLike): Promise<void>;
  loadFromHash(hash: string): Promise<void>;
  exportFile(trace: RunTrace): Promise<{ name: string; text: string } | null>;
  makeShareLink(trace: RunTrace, base: string): Promise<string | null>;
  replay(trace: RunTrace): Promise<void>;
  /** Shows a trace that is already validated (e.g. an evaluation run's), saying how it was opened. */
  show(trace: RunTrace, how: string): void;
}

export const useTraceStore = create<TraceState>((set, get) => {
  // A refusal only raises the page's notice (a banner at the top, in view at any scroll position):
  // the current trace is left exactly as it was.
  const fail = (error: unknown) => {
    const record = toErrorRecord(error, 'IMPORT_INVALID');
    set({ message: null });
    useNoticeStore.getState().show({ kind: 'error', text: record.message, hint: record.hint, source: 'trace' });
  };
  const load = (trace: RunTrace, how: string) => {
    useRunStore.getState().showTrace(trace);
    useNoticeStore.getState().clear('trace');
    set({
      message: { kind: 'ok', text: `${how} trace ${trace.runId} (${trace.task.title ?? trace.task.id}).` },
      shareLink: null,
    });
  };
  return {
    message: null,
    shareLink: null,
    speed: 1,
    setSpeed: (speed) => set({ speed }),
    show: (trace, how) => load(trace, how),

    async importFile(file) {
      try {
        const { parseTraceFile } = await import('../core/traceIo');
        load(await parseTraceFile(file), 'Imported');
      } catch (error) {
        fail(error);
      }
    },

    async loadFromHash(hash) {
      try {
        const { decodeShareFragment } = await import('../core/shareLink');
        const trace = await decodeShareFragment(hash);
        if (trace) load(trace, 'Opened shared');
      } catch (error) {
        fail(error);
      }
    },

    async exportFile(trace) {
      try {
        const { serializeTrace, traceFileName } = await import('../core/traceIo');
        const file = { name: traceFileName(trace), text: serializeTrace(trace) };
        set({ message: { kind: 'ok', text: `Exported ${file.name}.` } });
        return file;
      } catch (error) {
        fail(error);
        return null;
      }
    },

    async makeShareLink(trace, base) {
      try {
        const { shareUrl } = await import('../core/shareLink');
        const link = await shareUrl(trace, base);
        set({
          shareLink: link,
          message: {
            kind: 'ok',
            text: `Share link ready (${Math.round(link.length / 1024)} KB); the trace travels in the link itself and is sent nowhere.`,
          },
        });
        return link;
      } catch (error) {
        set({ shareLink: null });
        fail(error);
        return null;
      }
    },

    async replay(trace) {
      set({ message: null });
      const { ReplayEngine } = await import('../adapters/replay/ReplayEngine');
      // A run recorded without a model (pasted code, or retrieval only) replays without one too.
      const engine = trace.engine ? new ReplayEngine(trace, { speed: get().speed }) : null;
      await useRunStore.getState().runRequest(
        {
          task: trace.task,
          config: trace.config,
          engine,
          providedCode: trace.providedCode,
          providedLanguage: trace.providedLanguage,
        },
        trace.runId,
      );
    },
  };
});
