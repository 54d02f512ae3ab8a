// The Playwright fixture every spec uses: a test fails on any page error, any console error,
// and any request to a host other than localhost, from the page, its workers or a service worker
// (the context's request event sees all three).
import { test as base, expect } from '@playwright/test';

export interface Problems {
  /** Console errors that a test expects (matched by substring), e.g. a deliberate 404. */
  allowConsole: (pattern: string | RegExp) => void;
}

export const test = base.extend<{ problems: Problems }>({
  problems: [
    async ({ page, context }, use) => {
      const errors: string[] = [];
      const allowed: (string | RegExp)[] = [];
      const isAllowed = (text: string) =>
        allowed.some((p) => (typeof p === 'string' ? text.includes(p) : p.test(text)));
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !isAllowed(message.text())) {
          errors.push(`console error: ${message.text()} (${message.location().url})`);
        }
      });
      context.on('request', (request) => {
        const url = new URL(request.url());
        const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
        if (!local && !['data:', 'blob:'].includes(url.protocol)) errors.push(`outside request: ${request.url()}`);
      });
      await use({ allowConsole: (pattern) => allowed.push(pattern) });
      expect(errors, 'page errors, console errors or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
