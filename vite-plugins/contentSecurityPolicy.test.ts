import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformHook } from 'vite';
import { appPolicy, contentSecurityPolicy } from './contentSecurityPolicy';

describe('contentSecurityPolicy', () => {
  it('puts the policy first in <head>, allowing inline scripts only by their hash', () => {
    const plugin = contentSecurityPolicy();
    const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
    const html = '<html><head><script>start()</script></head><body></body></html>';
    const out = hook.handler.call({} as never, html, {} as never) as string;
    const hash = createHash('sha256').update('start()').digest('base64');
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="${appPolicy([`sha256-${hash}`])}">`);
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script>'));
    expect(appPolicy([])).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
