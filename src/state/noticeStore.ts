// The page-level notice: a message that must be seen (a refused share link or import, a run a
// reload interrupted), shown at the top of the page until the user dismisses it.
import { create } from 'zustand';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
  hint?: string;
  /** Who raised it, so a later success of the same kind can clear it (a good import clears a refused one). */
  source: 'trace' | 'run';
}

export interface NoticeState {
  notice: Notice | null;
  show(notice: Notice): void;
  dismiss(): void;
  /** Dismisses the notice only when it came from this source. */
  clear(source: Notice['source']): void;
}

export const useNoticeStore = create<NoticeState>((set, get) => ({
  notice: null,
  show: (notice) => set({ notice }),
  dismiss: () => set({ notice: null }),
  clear(source) {
    if (get().notice?.source === source) set({ notice: null });
  },
}));
