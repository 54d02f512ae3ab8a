// Journey: pick a gallery task, run it with the scripted engine, and see every stage's part of the trace.
import { test, expect } from './fixtures';
import { PING_SCRIPT } from './scripts';

test('a gallery task runs end to end and every pane shows its stage', async ({ page }, testInfo) => {
  await page.addInitScript((script) => {
    window.__SCG_ENGINE_SCRIPT__ = script;
  }, PING_SCRIPT);
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await expect(page.getByTestId('engine-line')).toContainText('Scripted test engine');
  await page.getByTestId('run').click();

  for (const pane of ['facets', 'retrieval', 'prompt', 'output', 'findings', 'diff']) {
    await expect(page.getByTestId(`pane-${pane}`)).toHaveAttribute('data-status', 'ok');
  }
  await expect(page.getByTestId('facets-pane')).toContainText('python');
  await expect(page.getByTestId('retrieval-pane').getByTestId('retrieval-cwe').first()).toContainText('CWE-78');
  await expect(page.getByTestId('prompt-section-guidelines')).toBeVisible();
  await expect(page.getByTestId('prompt-section-task')).toContainText('ping');
  await expect(page.getByTestId('output-editor')).toContainText('shell=True');
  await expect(page.getByTestId('findings-pane').getByTestId('finding').first()).toContainText('CWE-78');
  await expect(page.getByTestId('revision-status')).toHaveText('revised');
  await expect(page.getByTestId('revision-diff')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('run-task.png'), fullPage: true });
});

test('without a model, pasted code is analysed and the generation pane says why it was skipped', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await page.getByText('Check my own code instead of generating').click();
  await page
    .getByTestId('provided-code')
    .fill('import os\n\ndef ping(host):\n    return os.popen("ping -c 1 " + host).read()\n');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-findings')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('findings-pane').getByTestId('finding').first()).toContainText('CWE-78');
  await expect(page.getByTestId('revision-status')).toHaveText('skipped');
});

test('a run without a model and without code still shows retrieval and the prompt', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-retrieval')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('pane-prompt')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('pane-output')).toHaveAttribute('data-status', 'skipped');
  await expect(page.getByTestId('skipped-output')).toContainText('No model is loaded');
});

test('a generation can be cancelled mid-stream and the app says so', async ({ page }) => {
  const slow = { ...PING_SCRIPT, tokenDelayMs: 150 };
  await page.addInitScript((script) => {
    window.__SCG_ENGINE_SCRIPT__ = script;
  }, slow);
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await expect(page.getByTestId('engine-line')).toContainText('Scripted test engine');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('live-output')).toContainText('Here');
  await page.getByTestId('cancel-run').click();
  await expect(page.getByTestId('run-cancelled')).toBeVisible();
  await expect(page.getByTestId('run')).toBeEnabled();
  await expect(page.getByTestId('pane-findings')).not.toHaveAttribute('data-status', 'ok');
});
