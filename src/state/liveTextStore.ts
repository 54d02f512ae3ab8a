// The text a model is streaming right now, in a store of its own: a token changes only this
// store, so only the live-output view re-renders per token (the run store changes per stage).
import { create } from 'zustand';

interface LiveTextState {
  text: string;
}

export const useLiveTextStore = create<LiveTextState>(() => ({ text: '' }));

export const selectLiveText = (s: LiveTextState): string => s.text;

/** Appends one streamed token (called by the run store for the current run only). */
export function appendLiveText(token: string): void {
  useLiveTextStore.setState((s) => ({ text: s.text + token }));
}

/** Empties the live text when a run starts or a trace is loaded. */
export function resetLiveText(): void {
  useLiveTextStore.setState({ text: '' });
}
