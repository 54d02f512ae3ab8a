// Keeps the task being edited across a reload: the custom task, the selected gallery task and the
// pasted code, in localStorage through zustand's persist middleware. Never traces (they are large
// and shared on purpose, by export or link), and nothing once it grows past a size cap.
import { defaultTaskId } from '../core/task/defaultTask';
import type { PersistOptions, PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { LANGUAGES } from '../core/languages/registry';
import type { RunState } from './RunState';
import { useNoticeStore } from './noticeStore';

export const DRAFT_KEY = 'scg-task-draft';
export const DRAFT_VERSION = 1;
/** Characters of JSON; above it the two long texts are left out (the pasted-code limit alone is 100,000). */
export const DRAFT_MAX_CHARS = 250_000;

/** What survives a reload; runInProgress says a run was going when the page was left. */
export interface Draft {
  selectedTaskId: string | null;
  custom: RunState['custom'];
  providedCode: string;
  useProvidedCode: boolean;
  providedLanguage: RunState['providedLanguage'];
  runInProgress: boolean;
}

export function toDraft(s: RunState): Draft {
  const { selectedTaskId, custom, providedCode, useProvidedCode, providedLanguage, running } = s;
  return { selectedTaskId, custom, providedCode, useProvidedCode, providedLanguage, runInProgress: running };
}

const isLanguage = (v: unknown): v is RunState['custom']['language'] => LANGUAGES.includes(v as never);

/** Reads a stored draft field by field: a corrupt or foreign value falls back to the current state. */
export function mergeDraft(stored: unknown, current: RunState): RunState {
  if (typeof stored !== 'object' || stored === null) return current;
  const d = stored as Partial<Record<keyof Draft, unknown>>;
  const c = (typeof d.custom === 'object' && d.custom !== null ? d.custom : {}) as Record<string, unknown>;
  return {
    ...current,
    selectedTaskId:
      typeof d.selectedTaskId === 'string' || d.selectedTaskId === null ? d.selectedTaskId : current.selectedTaskId,
    custom: {
      prompt: typeof c.prompt === 'string' ? c.prompt : current.custom.prompt,
      language: isLanguage(c.language) ? c.language : current.custom.language,
      kind: c.kind === 'nl' || c.kind === 'completion' ? c.kind : current.custom.kind,
    },
    providedCode: typeof d.providedCode === 'string' ? d.providedCode : current.providedCode,
    useProvidedCode: d.useProvidedCode === true,
    providedLanguage:
      d.providedLanguage === 'auto' || isLanguage(d.providedLanguage) ? d.providedLanguage : current.providedLanguage,
    interruptedRun: d.runInProgress === true,
  };
}

/** JSON in a string storage, capped in size; a missing storage (Node, private modes) or a full one is ignored. */
export function draftStorage(backing: StateStorage | undefined): PersistStorage<Draft> {
  return {
    getItem(name) {
      try {
        const text = backing?.getItem(name);
        return typeof text === 'string' ? (JSON.parse(text) as StorageValue<Draft>) : null;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      let text = JSON.stringify(value);
      if (text.length > DRAFT_MAX_CHARS) {
        const state = { ...value.state, providedCode: '', custom: { ...value.state.custom, prompt: '' } };
        text = JSON.stringify({ ...value, state });
      }
      try {
        void backing?.setItem(name, text);
      } catch {
        // Quota exceeded or storage refused: the draft is a convenience, the page goes on without it.
      }
    },
    removeItem: (name) => void backing?.removeItem(name),
  };
}

function browserStorage(): StateStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // e.g. storage blocked for this origin
  }
}

/** The options the run store passes to persist(); onInterrupted is called once when the stored draft says a run was going. */
export function draftPersistOptions(
  backing = browserStorage(),
  onInterrupted = announceInterruptedRun,
): PersistOptions<RunState, Draft> {
  return {
    name: DRAFT_KEY,
    version: DRAFT_VERSION,
    storage: draftStorage(backing),
    partialize: toDraft,
    merge: (stored, current) => mergeDraft(stored, current),
    // A draft of another version is not guessed at: it is dropped.
    migrate: () => ({}) as Draft,
    onRehydrateStorage: () => (state) => {
      if (state?.interruptedRun) onInterrupted();
    },
  };
}

/** A stored selection that is still in the gallery, else the custom task when a draft of it was kept, else the first task. */
export function restoredSelection(s: RunState, tasks: readonly { id: string }[]): string | null {
  if (s.selectedTaskId && tasks.some((t) => t.id === s.selectedTaskId)) return s.selectedTaskId;
  if (s.selectedTaskId === null && s.custom.prompt.trim() !== '') return null;
  return defaultTaskId(tasks);
}

function announceInterruptedRun(): void {
  useNoticeStore.getState().show({
    kind: 'info',
    text: 'A run was in progress when the page was reloaded or closed; it was interrupted and its results were not kept.',
    hint: 'The task you were editing is kept: press Run to start it again.',
    source: 'run',
  });
}
