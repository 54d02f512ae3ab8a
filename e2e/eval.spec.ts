// Journey: the evaluation page runs a small suite with the scripted engine, shows metrics per
// configuration and a chart, exports CSV, keeps results across a reload, and stops a test that loops.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { LOOP_SCRIPT, NETWORK_SCRIPT, NETWORK_SUITE, SLOW_SCRIPT, SUITE_SCRIPT } from './evalScripts';

async function openEval(page: import('@playwright/test').Page, script: unknown) {
  await page.addInitScript((s) => {
    window.__SCG_ENGINE_SCRIPT__ = s;
  }, script);
  await page.goto('/?engine=scripted&view=eval');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('eval-engine')).toContainText('Scripted test engine');
}

test('a three-task suite runs per configuration, exports CSV and survives a reload', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openEval(page, SUITE_SCRIPT);
  await page.getByTestId('eval-suite-subset').check();
  for (const id of ['c-backup-dir', 'js-session-id', 'py-ping-host']) await page.getByTestId(`eval-pick-${id}`).check();
  await page.getByTestId('eval-run').click();
  await expect(page.getByTestId('eval-progress')).toBeVisible();
  await expect(page.getByTestId('eval-suite-status')).toContainText('done', { timeout: 150_000 });
  await expect(page.getByTestId('eval-progress-text')).toContainText('9 / 9');

  // Per configuration: baseline keeps shell=True; revision fixes it; the C task has no tests.
  const baseline = page.getByTestId('eval-summary-row-baseline');
  const revised = page.getByTestId('eval-summary-row-rescue+revise');
  await expect(baseline.getByTestId('metric-passRate')).toHaveText('100%');
  await expect(revised.getByTestId('metric-fixRate')).not.toHaveText('—');
  await expect(page.getByTestId('eval-cell-py-ping-host-baseline')).toHaveAttribute('data-secure', 'false');
  await expect(page.getByTestId('eval-cell-py-ping-host-rescue+revise')).toHaveAttribute('data-secure', 'true');
  await expect(page.getByTestId('eval-cell-py-ping-host-rescue+revise')).toHaveAttribute('data-passed', 'true');
  await expect(page.getByTestId('eval-cell-js-session-id-rescue')).toHaveAttribute('data-passed', 'true');
  await expect(page.getByTestId('eval-cell-c-backup-dir-baseline')).toHaveAttribute('data-passed', 'null');
  // The security tests judge beside the analyser: `; id` reaches the shell of the baseline answer, not the revised one.
  await expect(page.getByTestId('eval-cell-py-ping-host-baseline')).toHaveAttribute('data-security', 'false');
  await expect(page.getByTestId('eval-cell-py-ping-host-baseline')).toContainText('attack worked');
  await expect(page.getByTestId('eval-cell-py-ping-host-rescue+revise')).toHaveAttribute('data-security', 'true');
  await expect(page.getByTestId('eval-cell-c-backup-dir-baseline')).toHaveAttribute('data-security', 'null');
  await expect(page.getByTestId('eval-agreement-analyser-securityTests-all')).toBeVisible();
  await expect(page.getByTestId('eval-agreement-analyser-securityTests-CWE-78')).toBeVisible();
  await expect(page.getByTestId('eval-chart').locator('canvas')).toBeVisible();
  await page.getByTestId('eval-breakdown-cwe').click();
  await expect(page.getByTestId('eval-summary-row-CWE-78-baseline')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('eval.png'), fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByTestId('eval-export-csv').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\n');
  expect(csv[0]).toContain('id,config,model,sample,language,cwe,secure,passed');
  expect(csv).toHaveLength(10);
  expect(
    csv.filter((line) => line.startsWith('py-ping-host,baseline,scripted,0,python,CWE-78,false,true')),
  ).toHaveLength(1);

  await page.reload();
  await expect(page.getByTestId('eval-suite-status')).toContainText('done');
  await expect(page.getByTestId('eval-task-row-py-ping-host')).toBeVisible();
  await expect(page.getByTestId('eval-summary-row-baseline').getByTestId('metric-passRate')).toHaveText('100%');
  await expect(page.getByTestId('eval-chart').locator('canvas')).toBeVisible();
});

test('a functional test that loops forever is stopped by the time limit while the page stays responsive', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openEval(page, LOOP_SCRIPT);
  await page.getByTestId('eval-suite-subset').check();
  await page.getByTestId('eval-pick-c-backup-dir').check();
  await page.getByTestId('eval-pick-js-session-id').check();
  for (const id of ['rescue', 'rescue+revise']) await page.getByTestId(`eval-config-${id}`).uncheck();
  await page.getByTestId('eval-timeout').fill('3000');
  await page.getByTestId('eval-run').click();
  // The C task finishes; the JavaScript test is now spinning in its worker.
  await expect(page.getByTestId('eval-cell-c-backup-dir-baseline')).toBeVisible();
  await expect(page.getByTestId('eval-suite-status')).toContainText('running');
  // The page answers while the loop runs: the breakdown switches at once.
  await page.getByTestId('eval-breakdown-language').click();
  await expect(page.getByTestId('eval-breakdown-language')).toHaveClass(/active/, { timeout: 1000 });
  await expect(page.getByTestId('eval-summary-row-c-baseline')).toBeVisible({ timeout: 1000 });
  await expect(page.getByTestId('eval-suite-status')).toContainText('running');

  await expect(page.getByTestId('eval-suite-status')).toContainText('done', { timeout: 30_000 });
  const cell = page.getByTestId('eval-cell-js-session-id-baseline');
  await expect(cell).toHaveAttribute('data-passed', 'false');
  await expect(cell).toContainText('timed out');
  await expect(cell).toHaveAttribute('title', /time limit/);
});

test('a suite read from a JSONL file runs, and generated code cannot reach the network from its test worker', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openEval(page, NETWORK_SCRIPT);
  await page.getByTestId('eval-suite-file').check();
  await page.getByTestId('eval-file').setInputFiles({
    name: 'network.jsonl',
    mimeType: 'application/jsonl',
    buffer: Buffer.from(`${NETWORK_SUITE}\nnot json\n`),
  });
  await expect(page.getByTestId('eval-file-summary')).toHaveText('network.jsonl: 2 tasks, 1 line skipped');
  for (const id of ['rescue', 'rescue+revise']) await page.getByTestId(`eval-config-${id}`).uncheck();
  await page.getByTestId('eval-run').click();
  await expect(page.getByTestId('eval-suite-status')).toContainText('done', { timeout: 140_000 });
  const js = page.getByTestId('eval-cell-net-js-baseline');
  await expect(js).toHaveAttribute('data-passed', 'false');
  await expect(js).toHaveAttribute('title', /fetch is not available in the test sandbox/);
  const py = page.getByTestId('eval-cell-net-py-baseline');
  await expect(py).toHaveAttribute('data-passed', 'false');
  await expect(py).toHaveAttribute('title', /generated code failed/);
});

test('a cancelled suite keeps its results and resumes where it stopped, also after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await openEval(page, SLOW_SCRIPT);
  await page.getByTestId('eval-suite-language').check();
  await page.getByTestId('eval-language').selectOption('c');
  for (const id of ['rescue', 'rescue+revise']) await page.getByTestId(`eval-config-${id}`).uncheck();
  await page.getByTestId('eval-run').click();
  await expect(page.getByTestId('eval-progress-text')).toContainText(/^1 \//);
  await page.getByTestId('eval-cancel').click();
  await expect(page.getByTestId('eval-suite-status')).toContainText('cancelled');
  const kept = await page.locator('[data-testid^="eval-cell-"]').count();
  expect(kept).toBeGreaterThanOrEqual(1);

  await page.reload();
  await expect(page.getByTestId('eval-suite-status')).toContainText('cancelled');
  await expect(page.locator('[data-testid^="eval-cell-"]')).toHaveCount(kept);
  // Resuming needs the model the suite started with: wait until the scripted engine is back.
  await expect(page.getByTestId('eval-engine')).toContainText('Scripted test engine');
  await page.getByTestId('eval-resume').click();
  await expect(page.getByTestId('eval-suite-status')).toContainText('done', { timeout: 100_000 });
  const total = await page.getByTestId('eval-suite-status').textContent();
  const tasks = Number(/\((\d+) tasks\)/.exec(total ?? '')?.[1]);
  await expect(page.locator('[data-testid^="eval-cell-"]')).toHaveCount(tasks);
  await expect(page.getByTestId('eval-progress-text')).toContainText(`${tasks} / ${tasks}`);
});
