// Journey: export a run's trace, import it in a fresh page and replay it; bad files and links are
// refused with a clear message and leave the run on screen untouched; small traces travel as links.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PING_SCRIPT } from './scripts';

async function runPingTask(page: Page): Promise<string> {
  await page.addInitScript(
    (script) => {
      window.__SCG_ENGINE_SCRIPT__ = script;
    },
    { ...PING_SCRIPT, tokenDelayMs: 15 },
  );
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-diff')).toHaveAttribute('data-status', 'ok');
  return (await page.getByTestId('trace-id').textContent()) ?? '';
}

async function exportTrace(page: Page, path: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByTestId('trace-export').click();
  await (await download).saveAs(path);
  return readFile(path, 'utf8');
}

test('an exported trace imports in a fresh page and replays, labelled as a replay', async ({ page }, testInfo) => {
  // Two page loads, a run and a replay at the recorded pace: slower than one journey on a busy 2-core machine.
  test.setTimeout(120_000);
  const traceId = await runPingTask(page);
  const text = await exportTrace(page, testInfo.outputPath('trace.json'));
  expect(JSON.parse(text).runId).toBe(traceId.replace('Trace ', ''));

  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('trace-id')).toHaveText('No trace yet');
  await page.getByTestId('trace-import').setInputFiles(testInfo.outputPath('trace.json'));
  await expect(page.getByTestId('trace-message')).toContainText(`Imported trace ${JSON.parse(text).runId}`);
  await expect(page.getByTestId('trace-id')).toHaveText(traceId);
  await expect(page.getByTestId('output-editor')).toContainText('shell=True');
  await expect(page.getByTestId('replay-banner')).toHaveCount(0);

  await page.getByTestId('trace-replay').click();
  await expect(page.getByTestId('replay-banner')).toContainText(`Replay of recorded run ${JSON.parse(text).runId}`);
  // Tokens stream in at the recorded pace before the output is complete.
  await expect(page.getByTestId('live-output')).toContainText('subprocess');
  for (const pane of ['facets', 'retrieval', 'prompt', 'output', 'findings', 'diff']) {
    await expect(page.getByTestId(`pane-${pane}`)).toHaveAttribute('data-status', 'ok');
  }
  await expect(page.getByTestId('output-editor')).toContainText('shell=True');
  await expect(page.getByTestId('findings-pane').getByTestId('finding').first()).toContainText('CWE-78');
  await expect(page.getByTestId('revision-status')).toHaveText('revised');
  await expect(page.getByTestId('trace-id')).not.toHaveText(traceId);
  await expect(page.getByTestId('replay-banner')).toContainText('played back from a recording');
  await expect(page.getByTestId('output-pane')).toContainText('replay:');
  await page.screenshot({ path: testInfo.outputPath('replay.png'), fullPage: true });
});

test('corrupted, wrong-version, oversized and unexpected-field files are refused and change nothing', async ({
  page,
}, testInfo) => {
  const traceId = await runPingTask(page);
  const good = JSON.parse(await exportTrace(page, testInfo.outputPath('good.json')));
  const cases = [
    {
      name: 'corrupted.json',
      body: '{"schema": "secure-codegen-playground/trace", "version": 1, "stag',
      message: 'Import refused: the file is not JSON',
    },
    {
      name: 'v99.json',
      body: JSON.stringify({ ...good, version: 99 }),
      message: 'the trace is version 99, but this playground reads version 1 traces',
    },
    { name: 'huge.json', body: `{"pad": "${'x'.repeat(5 * 1024 * 1024)}"}`, message: 'traces over 5.0 MB are refused' },
    {
      name: 'extra.json',
      body: JSON.stringify({ ...good, injected: true }),
      message: 'unexpected field "injected" at the top level',
    },
  ];
  for (const bad of cases) {
    await page
      .getByTestId('trace-import')
      .setInputFiles({ name: bad.name, mimeType: 'application/json', buffer: Buffer.from(bad.body) });
    // The refusal shows in the banner at the top of the page, in view, until dismissed.
    const banner = page.getByTestId('notice-banner');
    await expect(banner).toContainText(bad.message);
    await expect(banner).toHaveAttribute('role', 'alert');
    await expect(banner).toContainText('Nothing was changed');
    await expect(banner).toBeInViewport();
    await page.getByTestId('notice-dismiss').click();
    await expect(banner).toHaveCount(0);
    await expect(page.getByTestId('trace-id')).toHaveText(traceId);
    await expect(page.getByTestId('pane-diff')).toHaveAttribute('data-status', 'ok');
    await expect(page.getByTestId('output-editor')).toContainText('shell=True');
  }
});

test('a trace travels in a share link, and a broken link is refused', async ({ page }) => {
  const traceId = await runPingTask(page);
  await page.getByTestId('trace-share').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(new URL(link).hash).toMatch(/^#trace=[A-Za-z0-9_-]+$/);

  await page.goto(link.replace('engine=scripted', 'engine=none'));
  await expect(page.getByTestId('trace-message')).toContainText('Opened shared trace');
  await expect(page.getByTestId('trace-id')).toHaveText(traceId);
  await expect(page.getByTestId('revision-status')).toHaveText('revised');

  await page.goto(`/?fresh=1#trace=${new URL(link).hash.slice(7, 200)}`);
  const banner = page.getByTestId('notice-banner');
  await expect(banner).toContainText('Share link refused');
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('trace-id')).toHaveText('No trace yet');
  // At 1440x900 the message is in view at the top, not at the bottom of the sidebar, and stays until dismissed.
  const box = await banner.boundingBox();
  expect(box?.y).toBeLessThan(100);
  await page.waitForTimeout(1000);
  await expect(banner).toBeVisible();
  await page.getByTestId('notice-dismiss').click();
  await expect(banner).toHaveCount(0);
});
