// Journey: present a run stage by stage in large type, with keys, buttons, deep links and full screen.
import { test, expect } from './fixtures';
import { PING_SCRIPT } from './scripts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript((script) => {
    window.__SCG_ENGINE_SCRIPT__ = script;
  }, PING_SCRIPT);
});

test('steps through a run with keys and buttons, and the URL names the stage on screen', async ({ page }, testInfo) => {
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-diff')).toHaveAttribute('data-status', 'ok');

  await page.getByTestId('view-presenter').click();
  await expect(page.getByTestId('presenter-step')).toHaveText(/^1 \/ \d+ · Facets$/);
  await expect(page.getByTestId('presenter-stage-facets').getByTestId('facets-pane')).toContainText('python');
  await expect(page.getByTestId('presenter-prev')).toBeDisabled();

  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-step')).toHaveText(/· Retrieval$/);
  await expect(page.getByTestId('retrieval-cwe').first()).toContainText('CWE-78');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('presenter-step')).toHaveText(/· Prompt$/);
  await expect(page).toHaveURL(/stage=prompt/);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('presenter-step')).toHaveText(/· Retrieval$/);
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('presenter-step')).toHaveText(/· Facets$/);
  await page.getByTestId('presenter-next').click();
  await page.getByTestId('presenter-next').click();
  await page.getByTestId('presenter-next').click();
  await expect(page.getByTestId('presenter-step')).toHaveText(/· Output$/);
  await expect(page).toHaveURL(/stage=generation/);
  await expect(page.getByTestId('output-editor')).toContainText('shell=True');
  await page.keyboard.press('End');
  await expect(page.getByTestId('presenter-next')).toBeDisabled();

  // Large type: the stage is drawn bigger than the same pane in the playground.
  const size = await page.getByTestId('presenter-step').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
  await page.screenshot({ path: testInfo.outputPath('presenter.png') });

  await page.getByTestId('presenter-fullscreen').click();
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null))
    .toBe('presenter');
  await expect(page.getByTestId('presenter-fullscreen')).toHaveText('Exit full screen');
  await page.getByTestId('presenter-fullscreen').click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

  await page.getByTestId('presenter-exit').click();
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.getByTestId('pane-diff')).toHaveAttribute('data-status', 'ok');
});

test('a deep link opens a task at a stage and runs it from the presenter', async ({ page }) => {
  await page.goto('/?engine=scripted&view=presenter&task=py-ping-host&stage=retrieval');
  await expect(page.getByTestId('presenter-step')).toHaveText(/^2 \/ \d+ · Retrieval$/);
  await expect(page.getByTestId('presenter-task')).toContainText(/ping/i);
  await page.getByTestId('presenter-run').click();
  await expect(page.getByTestId('presenter-stage-retrieval').getByTestId('pane-retrieval')).toHaveAttribute(
    'data-status',
    'ok',
  );
  await expect(page.getByTestId('retrieval-cwe').first()).toContainText('CWE-78');
  await expect(page.getByTestId('presenter-run')).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(page.getByTestId('pane-diff')).toHaveAttribute('data-status', 'ok');
});
