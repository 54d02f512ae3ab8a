// Journey (issue 14, item 13): after one visit the playground works with the network off. The service worker
// (vite-plugins/offlineApp.ts) precaches the app, knowledge files, grammars, Pyodide and recorded runs; the test
// loads once, waits until the worker controls the page, goes offline, reloads, and watches a recorded run, checks
// pasted code and opens the explorer.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// Every other spec blocks service workers (playwright.config.ts) so each test starts from the network.
test.use({ serviceWorkers: 'allow' });
// Installing means fetching about 45 MB into the cache; on a busy 2-core machine that takes a minute or more.
test.setTimeout(300_000);

async function waitForOfflineReady(page: Page): Promise<number> {
  // clientsClaim: the worker takes the page once its precache is complete (install succeeded).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 240_000 });
  return page.evaluate(async () => {
    const names = await caches.keys();
    let entries = 0;
    for (const name of names) entries += (await (await caches.open(name)).keys()).length;
    return entries;
  });
}

test('after one visit the app, a recorded run, analysis and the explorer work offline', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready', { timeout: 60_000 });
  const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
  expect(manifest).toMatchObject({ display: 'standalone', icons: expect.arrayContaining([]) });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  const cached = await waitForOfflineReady(page);
  expect(cached).toBeGreaterThan(50);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('kb-status')).toContainText('ready', { timeout: 60_000 });
  // A recorded run opens from the precached files.
  await page.getByTestId('start-recorded').click();
  await expect(page.getByTestId('recorded-banner')).toContainText('not by a model');
  await expect(page.getByTestId('findings-pane').getByTestId('finding').first()).toContainText('CWE-89');
  await page.screenshot({ path: testInfo.outputPath('offline-recorded-run.png') });

  // Analysis of pasted code: the grammars come from the cache too.
  await page.goto('/?task=py-find-user');
  await expect(page.getByTestId('kb-status')).toContainText('ready', { timeout: 60_000 });
  await page.getByText('Check my own code instead of generating').click();
  await page.getByTestId('provided-code').fill('import os\n\ndef ping(host):\n    os.system("ping -c 1 " + host)\n');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-findings')).toHaveAttribute('data-status', 'ok', { timeout: 60_000 });
  await expect(page.getByTestId('findings-pane').getByTestId('finding').filter({ hasText: 'CWE-78' })).not.toHaveCount(
    0,
  );

  await page.goto('/?view=explorer');
  await expect(page.getByTestId('kb-status')).toContainText('ready', { timeout: 60_000 });
  await page.getByTestId('explorer-cwe-CWE-78').click();
  await expect(page.getByTestId('explorer-cause')).not.toBeEmpty();
  await context.setOffline(false);
});

test('a page that was never built is still a 404 through the service worker, not the app page', async ({
  page,
  problems,
}) => {
  // appType 'mpa' and no navigateFallback: WebLLM must never receive index.html for a missing file.
  problems.allowConsole('404');
  await page.goto('/');
  await waitForOfflineReady(page);
  // Chromium reports an empty 404 page as a failed navigation; a fallback would have answered with the app.
  const failure = await page.goto('/models/no-such-model/index.html').then(
    () => 'the app page answered',
    (error: Error) => error.message,
  );
  expect(failure).toContain('ERR_HTTP_RESPONSE_CODE_FAILURE');
});

test('offline, functional tests say plainly that the sandbox frame needs the network', async ({ page, context }) => {
  await page.goto('/');
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.goto('/?view=eval');
  await expect(page.getByTestId('kb-status')).toContainText('ready', { timeout: 60_000 });
  await page.getByTestId('eval-suite-subset').check();
  await page.getByTestId('eval-pick-py-ping-host').check();
  await page.getByTestId('eval-run').click();
  await expect(page.getByTestId('eval-suite-status')).toContainText('done', { timeout: 200_000 });
  // A sandboxed frame's page never comes from a service worker, so tests cannot run offline: the cell says why.
  await expect(page.getByTestId('eval-cell-py-ping-host-baseline')).toHaveAttribute(
    'title',
    /cannot open while offline/,
  );
  await context.setOffline(false);
});
