// Which line of the generated code the user is looking at, and the slice around it.
import { create } from 'zustand';
import type { Language } from '../core/task/Task';
import { coreApi } from './coreClient';

export interface FocusState {
  line: number | null;
  sliceLines: number[];
  showSlice: boolean;
  focus(code: string, language: Language, line: number): Promise<void>;
  toggleSlice(): void;
  clear(): void;
}

export const useFocusStore = create<FocusState>((set, get) => ({
  line: null,
  sliceLines: [],
  showSlice: false,
  async focus(code, language, line) {
    set({ line });
    try {
      const slice = await coreApi().slice(code, language, [line]);
      if (get().line === line) set({ sliceLines: slice.lines });
    } catch {
      // Slicing is an aid: when it fails (unsupported language), highlight just the line.
      if (get().line === line) set({ sliceLines: [line] });
    }
  },
  toggleSlice: () => set((s) => ({ showSlice: !s.showSlice })),
  clear: () => set({ line: null, sliceLines: [], showSlice: false }),
}));
