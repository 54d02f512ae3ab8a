// Monaco's theme follows the operating system's colour scheme, as the page's CSS does (app.css).
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export function useEditorTheme(): 'vs' | 'vs-dark' {
  return useSyncExternalStore(subscribe, () => (window.matchMedia(QUERY).matches ? 'vs-dark' : 'vs'));
}
