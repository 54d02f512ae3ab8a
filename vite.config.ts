// Vite config. appType 'mpa' makes a missing file a 404 instead of index.html, so a bad model URL
// can never poison WebLLM's cache with HTML; workers are ES modules (web-llm and comlink need that).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { startCoreWorkerEarly } from './vite-plugins/startCoreWorkerEarly';
import { contentSecurityPolicy } from './vite-plugins/contentSecurityPolicy';
import { offlineApp } from './vite-plugins/offlineApp';

export default defineConfig({
  appType: 'mpa',
  // The CSP plugin runs after startCoreWorkerEarly so it can hash the inline script that plugin adds.
  plugins: [react(), startCoreWorkerEarly(), contentSecurityPolicy(), offlineApp()],
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['web-tree-sitter', '@mlc-ai/web-llm'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
