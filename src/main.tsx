// Mounts the app. The core worker (knowledge base, parsers) starts first (./state/startCore must stay
// the first import), so its loading overlaps React's first render instead of following it.
import './state/startCore';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './ui/app.css';

const root = document.getElementById('root');
// A transition render yields to the event loop every few milliseconds, so the knowledge files'
// hand-over to the worker is not held up behind the whole first render.
if (root)
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
