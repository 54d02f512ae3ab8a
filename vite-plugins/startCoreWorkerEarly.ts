// Build-only: puts a one-line script into index.html that creates the core worker (knowledge base,
// parsing) as the page's first element (before the stylesheet, which would hold a script back), 100-200
// ms before the app's own script could on a slow machine; src/state/coreClient.ts adopts that worker.
// Its file name has a content hash known only after bundling, hence a plugin. In dev the app creates it.
import type { Plugin } from 'vite';

const WORKER_FILE = /(^|\/)core\.worker-[\w-]+\.js$/;

export function startCoreWorkerEarly(): Plugin {
  let base = '/';
  return {
    name: 'start-core-worker-early',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const file = Object.keys(ctx.bundle ?? {}).find((name) => WORKER_FILE.test(name));
        if (!file) throw new Error('start-core-worker-early: no core.worker chunk in the bundle');
        const script = `window.__scgCoreWorker={worker:new Worker(${JSON.stringify(base + file)},{type:'module',name:'core'}),at:performance.now()};`;
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
  };
}
