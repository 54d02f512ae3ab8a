// Journey (issue 14, item 10): the first screen tells the story. One sentence, the pipeline as a row of stages that
// lights up during a run and brings a stage's pane into view, and three starts: run a task, watch a recorded run
// (shipped traces, opened from memory with no network), check my own code. The default task is a Python one.
import { test, expect } from './fixtures';
import { RECORDED_RUNS } from '../scripts/recordedAnswers';
import type { Page } from '@playwright/test';

const ROW = ['task', 'facets', 'retrieval', 'prompt', 'generation', 'analysis', 'revision', 'critique', 'diff'];
const node = (page: Page, id: string) => page.getByTestId(`stage-node-${id}`);

test('the first screen says what this is, draws the pipeline idle, and selects a short Python task', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('tagline')).toContainText('how retrieving security knowledge');
  await expect(page.getByTestId('stage-row').getByRole('button')).toHaveCount(ROW.length);
  for (const id of ROW) await expect(node(page, id)).toHaveAttribute('data-status', 'idle');
  await expect(node(page, 'generation')).toContainText('Model');
  await expect(page.getByTestId('task-py-find-user')).toHaveClass(/selected/);
  await expect(page.getByTestId('task-text')).toContainText('def find_user');
  await expect(page.getByTestId('start-recorded')).toBeEnabled();
  await page.screenshot({ path: testInfo.outputPath('first-screen.png') });
});

test('Run a task lights the row up stage by stage, and a stage brings its pane into view', async ({ page }) => {
  await page.addInitScript(
    (script) => {
      window.__SCG_ENGINE_SCRIPT__ = script;
    },
    { rules: RECORDED_RUNS[0]!.rules, tokenDelayMs: 30 },
  );
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('start-run').click();
  // While the model streams: what came before is lit, the model is running, what comes after waits.
  await expect(node(page, 'generation')).toHaveAttribute('data-status', 'running');
  for (const id of ['task', 'facets', 'retrieval', 'prompt'])
    await expect(node(page, id)).toHaveAttribute('data-status', 'ok');
  for (const id of ['analysis', 'revision', 'diff'])
    await expect(node(page, id)).toHaveAttribute('data-status', 'pending');
  await expect(page.getByTestId('stage-row').locator('[data-status="running"]')).toHaveCount(1);
  // At the end every stage is lit, the retrieved CWE is the task's, and the pane statuses agree with the row.
  for (const id of ROW) await expect(node(page, id)).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await expect(page.getByTestId('pane-diff')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('retrieval-pane').getByTestId('retrieval-cwe').first()).toContainText('CWE-89');

  await node(page, 'retrieval').click();
  await expect(page.getByTestId('pane-retrieval')).toBeFocused();
  await expect(page.getByTestId('pane-retrieval')).toBeInViewport();
  await node(page, 'revision').click();
  await expect(page.getByTestId('pane-diff')).toBeFocused();
  await node(page, 'task').click();
  await expect(page.getByTestId('task-text')).toBeFocused();
});

test('Run a task without a model points at the model picker and runs nothing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('start-run')).toHaveText('Run a task (with a model)');
  await page.getByTestId('start-run').click();
  await expect(page.getByTestId('start-hint')).toContainText('No model is loaded');
  await expect(page.getByTestId('model-select')).toBeFocused();
  await expect(node(page, 'facets')).toHaveAttribute('data-status', 'idle');
});

test('Check my own code opens the code box, ready to paste into', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('start-own-code').click();
  await expect(page.getByTestId('provided-code')).toBeVisible();
  await expect(page.getByTestId('provided-code')).toBeFocused();
  await expect(page.getByTestId('use-provided')).toBeChecked();
  await page.keyboard.type('import os\nos.system("ping " + input())\n');
  // Picked rather than detected: detection loads every grammar, which is covered by own-code.spec.ts.
  await page.getByTestId('provided-language').selectOption('python');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('findings-pane').getByTestId('finding').first()).toContainText('CWE-78');
});

test('a recorded run opens from memory, labelled as recorded, with no request even offline', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByTestId('start-recorded')).toBeEnabled();
  await page.getByTestId('start-recorded').click();
  const banner = page.getByTestId('recorded-banner');
  await expect(banner).toContainText('written by us for this demo, not by a model');
  await expect(banner).toContainText('Look up a user by name');
  for (const id of ROW) await expect(node(page, id)).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('output-editor')).toContainText("WHERE username = '{username}'");
  await expect(page.getByTestId('findings-pane').getByTestId('finding').first()).toContainText('CWE-89');
  await expect(page.getByTestId('revision-status')).toHaveText('revised');
  await expect(page.getByTestId('output-source')).toHaveText('recorded answer, written by us, not by a model');
  await page.screenshot({ path: testInfo.outputPath('recorded-run.png') });
  // Replaying it plays back the same answers of ours: still labelled as recorded.
  await page.getByTestId('trace-replay').click();
  await expect(page.getByTestId('replay-banner')).toContainText('recorded-py-find-user');
  await expect(node(page, 'diff')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await expect(banner).toContainText('Look up a user by name');
  await expect(page.getByTestId('output-source')).toHaveText('recorded answer, written by us, not by a model');

  // Offline now: another recorded run still opens, and the page asks the network for nothing at all.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await context.setOffline(true);
  await page.getByTestId('recorded-select').selectOption({ label: 'Back up a project folder (c, recorded)' });
  await page.getByTestId('start-recorded').click();
  await expect(banner).toContainText('Back up a project folder');
  await expect(page.getByTestId('output-editor')).toContainText('system(cmd)');
  await expect(page.getByTestId('findings-pane').getByTestId('finding').first()).toContainText('CWE-78');
  expect(requests).toEqual([]);
});
