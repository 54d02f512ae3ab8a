import { describe, expect, it } from 'vitest';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, ResolvedConfig } from 'vite';
import { startCoreWorkerEarly } from './startCoreWorkerEarly';

type Handler = (html: string, ctx: IndexHtmlTransformContext) => HtmlTagDescriptor[];

function transform(base: string, files: string[]): HtmlTagDescriptor[] {
  const plugin = startCoreWorkerEarly();
  (plugin.configResolved as (c: Pick<ResolvedConfig, 'base'>) => void)({ base });
  const hook = plugin.transformIndexHtml as { handler: Handler };
  const bundle = Object.fromEntries(files.map((f) => [f, {}])) as unknown as IndexHtmlTransformContext['bundle'];
  return hook.handler('<html></html>', { path: '/index.html', filename: 'index.html', bundle });
}

describe('startCoreWorkerEarly', () => {
  it('starts the hashed core worker first thing in the page, under the configured base', () => {
    const [tag, ...rest] = transform('/play/', [
      'assets/index-abc.js',
      'assets/core.worker-Dw_9x-1.js',
      'assets/pyTest.worker-q.js',
    ]);
    expect(rest).toEqual([]);
    expect(tag).toMatchObject({ tag: 'script', injectTo: 'head-prepend' });
    expect(tag!.children).toContain("new Worker(\"/play/assets/core.worker-Dw_9x-1.js\",{type:'module',name:'core'})");
    expect(tag!.children).toMatch(/^window\.__scgCoreWorker=\{worker:.*at:performance\.now\(\)\};$/);
  });

  it('fails the build when the bundle has no core worker, instead of shipping a page that waits for it', () => {
    expect(() => transform('/', ['assets/index-abc.js'])).toThrow(/no core\.worker chunk/);
  });
});
