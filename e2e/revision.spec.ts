// Journey: revision with retrieved advisories, the critique-improve loop and the token view,
// driven by the scripted engine (the rules match on the prompt's first words).
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const VULNERABLE =
  'Here is the function:\n```python\nimport subprocess\n\n\ndef ping(host):\n    cmd = "ping -c 1 " + host\n    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)\n    return result.stdout\n```\n';
const FIXED =
  'Revised:\n```python\nimport subprocess\n\n\ndef ping(host):\n    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True)\n    return result.stdout\n```\n';

async function start(page: Page, rules: { match?: string; reply: string }[], rounds?: number): Promise<void> {
  await page.addInitScript(
    (script) => {
      window.__SCG_ENGINE_SCRIPT__ = script;
    },
    { rules },
  );
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await expect(page.getByTestId('engine-line')).toContainText('Scripted test engine');
  if (rounds !== undefined) await page.getByTestId('critique-rounds-input').fill(String(rounds));
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-diff')).toHaveAttribute('data-status', 'ok');
}

test('revision fixes the finding (fix rate 1) and the loop stops early once clean', async ({ page }) => {
  await start(page, [
    { match: '^Review this', reply: FIXED },
    { match: '^Critique this', reply: 'NO ISSUES FOUND' },
    { reply: VULNERABLE },
  ]);
  await expect(page.getByTestId('findings-pane').getByTestId('finding').first()).toContainText('CWE-78');
  await expect(page.getByTestId('revision-status')).toHaveText('revised');
  await expect(page.getByTestId('revision-metrics')).toContainText('fix rate 1.00');
  await expect(page.getByTestId('revision-metrics')).toContainText('introduced 0');
  await expect(page.getByTestId('critique-rounds')).toContainText('1 of 2 rounds; stopped early');
  await expect(page.getByTestId('critique-round')).toHaveCount(1);
  await expect(page.getByTestId('revision-diff')).toBeVisible();
});

test('a "no change" answer keeps the code, and the pane says so', async ({ page }) => {
  await start(page, [{ match: '^Review this', reply: 'NO CHANGE NEEDED' }, { reply: VULNERABLE }], 0);
  await expect(page.getByTestId('revision-status')).toHaveText('unchanged');
  await expect(page.getByTestId('diff-unchanged')).toBeVisible();
  await expect(page.getByTestId('pane-critique')).toHaveAttribute('data-status', 'skipped');
});

test('the loop runs all N rounds while the critique keeps finding problems', async ({ page }) => {
  await start(
    page,
    [
      { match: '^Review this', reply: 'NO CHANGE NEEDED' },
      { match: '^Critique this', reply: '- CWE-78 line 7: the host still reaches a shell' },
      { match: '^Improve this', reply: VULNERABLE.replace('-c 1', '-c 2') },
      { reply: VULNERABLE },
    ],
    3,
  );
  await expect(page.getByTestId('critique-rounds')).toContainText('3 of 3 rounds; ran every round');
  await expect(page.getByTestId('critique-round')).toHaveCount(3);
  await expect(page.getByTestId('critique-round').first()).toHaveAttribute('data-outcome', 'improved');
  await expect(page.getByTestId('critique-round').first()).toContainText('the host still reaches a shell');
  await expect(page.getByTestId('critique-diff').first()).toContainText('-c 2');
});

test('the token view shades tokens and marks the critical ones', async ({ page }) => {
  await start(page, [
    { match: '^Review this', reply: FIXED },
    { match: '^Critique this', reply: 'NO ISSUES FOUND' },
    { reply: VULNERABLE },
  ]);
  await page.getByTestId('token-toggle').click();
  await expect(page.getByTestId('token-view')).toBeVisible();
  const critical = page.locator('[data-testid="token"][data-critical="true"]');
  await expect(critical.first()).toBeVisible();
  expect(await critical.allTextContents()).toContain('shell');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-repair-pairs').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.jsonl$/);
});
