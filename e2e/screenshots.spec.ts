// The closing note's screenshots (issue 14): the first screen, a completed scripted run, check-my-own-code with
// the detected language, and the recorded-run demo, each in light and dark. Written to test-results/screenshots/
// (not committed); each shot waits for what it is meant to show, so a broken screen fails here.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { RECORDED_RUNS } from '../scripts/recordedAnswers';

const DIR = 'test-results/screenshots';
const PING_RULES = RECORDED_RUNS.find((r) => r.taskId === 'py-ping-host')!.rules;
const PASTED = [
  'import subprocess',
  '',
  'def ping(host):',
  '    subprocess.run("ping -c 1 " + host, shell=True)',
  '',
  'def find_user(cursor, name):',
  '    cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % name)',
  '',
].join('\n');

async function ready(page: Page): Promise<void> {
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('start-recorded')).toBeEnabled();
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test('the first screen', async ({ page }) => {
      await page.goto('/');
      await ready(page);
      await expect(page.getByTestId('stage-node-diff')).toHaveAttribute('data-status', 'idle');
      await page.screenshot({ path: `${DIR}/first-screen-${scheme}.png` });
    });

    test('a completed scripted run, the revision in the large pane', async ({ page }) => {
      await page.addInitScript(
        (script) => {
          window.__SCG_ENGINE_SCRIPT__ = script;
        },
        { rules: PING_RULES },
      );
      await page.goto('/?engine=scripted&task=py-ping-host');
      await expect(page.getByTestId('kb-status')).toContainText('ready');
      await page.getByTestId('run').click();
      await expect(page.getByTestId('stage-node-diff')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
      await page.getByTestId('stage-node-revision').click();
      await expect(page.getByTestId('revision-diff')).toBeVisible();
      await expect(page.getByTestId('revision-status')).toHaveText('revised');
      await page.screenshot({ path: `${DIR}/completed-run-${scheme}.png` });
    });

    test('check my own code, with the language detected', async ({ page }) => {
      await page.goto('/');
      await ready(page);
      await page.getByTestId('start-own-code').click();
      await page.getByTestId('provided-code').fill(PASTED);
      await page.getByTestId('run').click();
      await expect(page.getByTestId('pane-findings')).toHaveAttribute('data-placement', 'focus');
      await expect(page.getByTestId('detected-language')).toHaveAttribute('data-language', 'python');
      await expect(page.getByTestId('findings-pane').getByTestId('finding').first()).toBeVisible();
      // The detected language is said under the pasted code, in the task panel: bring it into view.
      await page.getByTestId('detected-language').scrollIntoViewIfNeeded();
      await expect(page.getByTestId('detected-language')).toBeInViewport();
      await page.screenshot({ path: `${DIR}/own-code-${scheme}.png` });
    });

    test('the recorded-run demo', async ({ page }) => {
      await page.goto('/');
      await ready(page);
      await page.getByTestId('start-recorded').click();
      await expect(page.getByTestId('recorded-banner')).toContainText('not by a model');
      await expect(page.getByTestId('output-editor')).toContainText('WHERE username');
      await page.screenshot({ path: `${DIR}/recorded-run-${scheme}.png` });
    });
  });
}
