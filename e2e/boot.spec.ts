// Journey: open the page and watch the knowledge base come up. The built index.html starts the core
// worker before the app's script runs (vite-plugins/startCoreWorkerEarly.ts); the app must adopt that
// worker rather than start a second one, and the header reports readiness on the page's own clock,
// with where the time went in its tooltip. A search right after "ready" is answered at once.
import { test, expect } from './fixtures';

test('the early core worker is adopted, and the header says when the knowledge base became searchable', async ({
  page,
}) => {
  await page.goto('/');
  const status = page.getByTestId('kb-status');
  await expect(status).toHaveText(/Knowledge base \w+ ready \d+ ms after page load/);
  const core = page.workers().filter((w) => /core\.worker-[\w-]+\.js$/.test(w.url()));
  expect(core).toHaveLength(1);
  await expect(status).toHaveAttribute(
    'title',
    /^after page start: worker created \d+ ms, worker thread \d+ ms, worker code \d+ ms, files handed over \d+ ms, searchable \d+ ms \| worker init \d+ ms: decode \d+ ms · parse \d+ ms/,
  );

  // The explorer's search (the advisories index is restored on this first use) answers.
  await page.getByTestId('view-explorer').click();
  await page.getByTestId('explorer-search').fill('pickle loads untrusted data');
  await page.getByTestId('explorer-search-go').click();
  await expect(page.locator('[data-testid="explorer-hit"][data-index="advisories"]').first()).toBeVisible();
});
