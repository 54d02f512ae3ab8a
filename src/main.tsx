// Mounts the app. The core worker (knowledge base, parsers) starts first, so its download and
// indexing overlap React's first render instead of waiting for it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { coreReady } from './state/coreClient';
import './ui/app.css';

void coreReady().catch(() => undefined); // errors surface through the run store's boot()

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
