// The service worker that makes the playground work offline after one visit (docs/offline.md): it
// precaches the built app, the knowledge artefacts, tree-sitter grammars, Pyodide and the recorded runs.
// No runtime caching: model weights stay in WebLLM's own cache, and any URL not built here (a model
// server, a model download) goes to the network untouched.
import { VitePWA } from 'vite-plugin-pwa';

const MB = 1024 * 1024;

export function offlineApp() {
  return VitePWA({
    registerType: 'autoUpdate',
    // An external registerSW.js: the app's CSP allows scripts from its own origin only.
    injectRegister: 'script-defer',
    includeAssets: ['icons/icon.svg'],
    manifest: {
      name: 'Secure code playground',
      short_name: 'Secure code',
      description: 'How retrieval makes a code model write safer code, step by step, in your browser.',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f3a5f',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,wasm,json,gz,zip,ttf,svg,png}'],
      // The uncompressed copies of the knowledge files are only a fallback of the worker; the .gz ones are used.
      globIgnores: ['kb/knowledge.json', 'kb/orama.json'],
      // Pyodide's wasm (9.6 MB) and the WebLLM worker (6.2 MB) are above Workbox's 2 MB default.
      maximumFileSizeToCacheInBytes: 16 * MB,
      // appType 'mpa': a missing file must stay a 404, never index.html (WebLLM would cache HTML as a model file).
      navigateFallback: undefined,
      // Task and engine live in the query (?task=…&engine=…): offline, any query still finds the cached page.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
      // The first visit's page is taken over as soon as the precache is complete, so it works offline at once.
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}
