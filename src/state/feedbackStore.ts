// The feedback store: team feedback held in memory for the UI and persisted in IndexedDB. Actions
// build entries with core functions and write them through the idb adapter, deriving changes from
// the stored entries inside the write transaction (never from this tab's possibly stale copy).
import { create } from 'zustand';
import type { Finding } from '../core/analysis/Finding';
import type { RunTrace } from '../core/trace';
import { stageOutput } from '../core/trace';
import type { FeedbackEntry, FeedbackSnapshot, FindingVerdict, RevisionVerdict } from '../core/feedback/FeedbackEntry';
import { feedbackSnapshot } from '../core/feedback/feedbackSnapshot';
import { findingFeedback, revisionFeedback } from '../core/feedback/newFeedbackEntry';
import { applyOutcome, contradicted, feedbackUsedIn } from '../core/feedback/applyOutcome';
import { toErrorRecord } from '../core/errors';
import type { FeedbackRepository } from '../adapters/idb/feedbackStoreIdb';
import { importSummary } from '../core/feedback/mergeImport';

export interface FeedbackState {
  entries: FeedbackEntry[];
  loaded: boolean;
  message: { kind: 'ok' | 'error'; text: string } | null;
  load(): Promise<void>;
  /** Re-reads the stored list (another tab changed it). */
  refresh(): Promise<void>;
  markFinding(trace: RunTrace, finding: Finding, verdict: FindingVerdict, note?: string): Promise<void>;
  markRevision(trace: RunTrace, verdict: RevisionVerdict, note?: string): Promise<void>;
  exportFile(): Promise<string>;
  importFile(text: string, bytes: number): Promise<void>;
  snapshot(): FeedbackSnapshot;
}

// The IndexedDB adapter (and the zod schemas it validates stored entries with) loads on first use,
// so it stays off the first screen. When another tab changes feedback, the list is reloaded.
let repo: Promise<FeedbackRepository> | null = null;
const repository = (): Promise<FeedbackRepository> =>
  (repo ??= import('../adapters/idb/feedbackStoreIdb').then((m) => {
    const r = m.feedbackStoreIdb();
    r.onExternalChange(() => void useFeedbackStore.getState().refresh());
    return r;
  }));
let loading: Promise<void> | null = null;
let counter = 0;
const newId = (): string =>
  `fb-${Date.now().toString(36)}-${(counter += 1).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const useFeedbackStore = create<FeedbackState>((set, get) => {
  async function save(derive: (stored: readonly FeedbackEntry[]) => FeedbackEntry[], text: string): Promise<void> {
    try {
      await (await repository()).change(derive);
      set({ entries: await (await repository()).list(), message: { kind: 'ok', text } });
    } catch (error) {
      set({ message: { kind: 'error', text: toErrorRecord(error).message } });
    }
  }
  return {
    entries: [],
    loaded: false,
    message: null,
    load() {
      loading ??= repository()
        .then((r) => r.list())
        .then((entries) => set({ entries, loaded: true }))
        .catch((error: unknown) =>
          set({
            loaded: true,
            message: { kind: 'error', text: `Feedback could not be loaded: ${toErrorRecord(error).message}` },
          }),
        );
      return loading;
    },
    async refresh() {
      try {
        set({ entries: await (await repository()).list(), loaded: true });
      } catch (error) {
        set({ message: { kind: 'error', text: `Feedback could not be reloaded: ${toErrorRecord(error).message}` } });
      }
    },
    async markFinding(trace, finding, verdict, note = '') {
      const now = new Date();
      const entry = findingFeedback(newId(), trace, finding, verdict, note, now);
      await save(
        (stored) => [...contradicted(stored, entry, now), entry],
        `Saved: ${verdict} on ${finding.cwe} line ${finding.line}.`,
      );
    },
    async markRevision(trace, verdict, note = '') {
      const cwes = (stageOutput(trace, 'analysis')?.findings ?? []).map((f) => f.cwe);
      const now = new Date();
      const entry = revisionFeedback(newId(), trace, cwes, verdict, note, now);
      // Accepting or rejecting is the later outcome of the feedback that shaped this run.
      const used = feedbackUsedIn(trace);
      await save(
        (stored) => [...(verdict === 'note' ? [] : applyOutcome(stored, used, verdict === 'accept', now)), entry],
        `Saved: revision ${verdict === 'note' ? 'note' : `${verdict}ed`}.`,
      );
    },
    exportFile: async () => (await repository()).exportFile(),
    async importFile(text, bytes) {
      try {
        const counts = await (await repository()).importFile(text, bytes);
        set({
          entries: await (await repository()).list(),
          message: { kind: 'ok', text: `Feedback imported. ${importSummary(counts)}` },
        });
      } catch (error) {
        const record = toErrorRecord(error, 'IMPORT_INVALID');
        set({
          message: {
            kind: 'error',
            text: `${record.message}${record.detail ? ` (${record.detail.split('\n')[0]})` : ''}`,
          },
        });
      }
    },
    snapshot: () => feedbackSnapshot(get().entries),
  };
});
