// Journey: team feedback on findings and revisions, persisted in IndexedDB across reloads, used
// by later runs (notes in the retrieval tree, false positives suppressed), exported and imported.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const SCRIPT = {
  rules: [
    { match: '^Review this', reply: 'NO CHANGE NEEDED' },
    { match: '^Critique this', reply: 'NO ISSUES FOUND' },
    {
      reply:
        'Here:\n```python\nimport subprocess\n\n\ndef ping(host):\n    cmd = "ping -c 1 " + host\n    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)\n    return result.stdout\n```\n',
    },
  ],
};

async function open(page: Page): Promise<void> {
  await page.addInitScript((script) => {
    window.__SCG_ENGINE_SCRIPT__ = script;
  }, SCRIPT);
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await expect(page.getByTestId('engine-line')).toContainText('Scripted test engine');
}

async function run(page: Page): Promise<void> {
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-diff')).toHaveAttribute('data-status', 'ok');
}

test("a note survives a reload and appears in the next run's retrieval tree as team feedback", async ({ page }) => {
  await open(page);
  await run(page);
  const finding = page.getByTestId('findings-pane').getByTestId('finding').first();
  await finding.getByTestId('finding-note').click();
  await finding.getByTestId('feedback-note-input').fill('Never hand the ping host to a shell; pass an argument list');
  await finding.getByTestId('feedback-note-save').click();
  await expect(finding.getByTestId('finding-feedback-done')).toHaveText('note saved');
  await expect(page.getByTestId('feedback-count')).toHaveText('1');

  await page.reload();
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('feedback-count')).toHaveText('1');
  await page.getByTestId('feedback-bar').locator('summary').click();
  await expect(page.getByTestId('feedback-entry')).toContainText('pass an argument list');

  await page.getByTestId('task-py-ping-host').click();
  await run(page);
  const note = page.getByTestId('retrieval-pane').getByTestId('retrieval-guideline').filter({ hasText: 'Team note' });
  await expect(note.first()).toContainText('team feedback');
});

test('a false-positive mark suppresses that finding in the next run, and the pane says so', async ({ page }) => {
  await open(page);
  await run(page);
  const findings = page.getByTestId('findings-pane').getByTestId('finding');
  const before = await findings.count();
  expect(before).toBeGreaterThan(0);
  const first = findings.first();
  const rule = (await first.textContent())?.match(/rule (\S+)/)?.[1] ?? '';
  await first.getByTestId('finding-false-positive').click();
  await expect(first.getByTestId('finding-feedback-done')).toHaveText('marked a false positive');

  await run(page);
  await expect(page.getByTestId('findings-pane').getByTestId('finding')).toHaveCount(before - 1);
  const suppressed = page.getByTestId('suppressed-finding');
  await expect(suppressed).toHaveCount(1);
  await expect(suppressed).toContainText(rule);
  await expect(suppressed).toContainText('Team feedback fb-');
  await expect(page.getByTestId('findings-suppressed')).toContainText('suppressed by team feedback');
});

test('a malformed or oversized import is refused and existing feedback is intact', async ({ page }) => {
  await open(page);
  await run(page);
  await page.getByTestId('findings-pane').getByTestId('finding').first().getByTestId('finding-confirm').click();
  await expect(page.getByTestId('feedback-count')).toHaveText('1');
  await page.getByTestId('feedback-bar').locator('summary').click();

  await page.getByTestId('feedback-import').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"schema": "secure-codegen-playground/feedback", "entries": ['),
  });
  await expect(page.getByTestId('feedback-message')).toContainText('not valid JSON');
  await expect(page.getByTestId('feedback-message')).toContainText('Nothing was imported');
  await page.getByTestId('feedback-import').setInputFiles({
    name: 'wrong.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        schema: 'secure-codegen-playground/feedback',
        version: 1,
        exportedAt: 'x',
        entries: [{ id: 'fb-x' }],
      }),
    ),
  });
  await expect(page.getByTestId('feedback-message')).toContainText('not a feedback export');
  await page
    .getByTestId('feedback-import')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(3 * 1024 * 1024, 32) });
  await expect(page.getByTestId('feedback-message')).toContainText('too large');
  await expect(page.getByTestId('feedback-count')).toHaveText('1');

  await page.reload();
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('feedback-count')).toHaveText('1');
  await page.getByTestId('feedback-bar').locator('summary').click();
  await expect(page.getByTestId('feedback-entry')).toContainText('confirm');

  // A good export round-trips: export, then import the same file, and the count stays the same entries.
  const download = page.waitForEvent('download');
  await page.getByTestId('feedback-export').click();
  const path = await (await download).path();
  await page.getByTestId('feedback-import').setInputFiles(path);
  await expect(page.getByTestId('feedback-message')).toContainText('0 stored: 0 new, 0 updated; 1 already up to date');
  await expect(page.getByTestId('feedback-count')).toHaveText('1');
});

test('a mark in one tab shows in another open tab without a reload', async ({ page }) => {
  const other = await page.context().newPage();
  await open(other);
  await expect(other.getByTestId('feedback-count')).toHaveText('0');
  await open(page);
  await run(page);
  await page.getByTestId('findings-pane').getByTestId('finding').first().getByTestId('finding-confirm').click();
  await expect(page.getByTestId('feedback-count')).toHaveText('1');
  // The other tab hears the BroadcastChannel message and reloads its list from IndexedDB.
  await expect(other.getByTestId('feedback-count')).toHaveText('1');
  await other.close();
});
