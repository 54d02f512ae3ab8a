// Which view (page) is open; mirrored into the URL's `view` parameter so views can be deep-linked.
import { create } from 'zustand';

export interface ViewState {
  view: string;
  open(view: string): void;
}

function initialView(): string {
  return new URLSearchParams(location.search).get('view') ?? 'playground';
}

export const useViewStore = create<ViewState>((set) => ({
  view: initialView(),
  open(view) {
    const url = new URL(location.href);
    if (view === 'playground') url.searchParams.delete('view');
    else url.searchParams.set('view', view);
    history.replaceState(null, '', url);
    set({ view });
  },
}));
