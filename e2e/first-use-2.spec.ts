// Issue 14, items 5 and 8: evaluation without a model says which tasks it skipped and runs one
// check per task; the task being edited survives a reload, which says a run was interrupted.
import { test, expect } from './fixtures';
import { PING_SCRIPT } from './scripts';

test('without a model the suite checks references once, lists skipped tasks and never saves an empty run', async ({
  page,
}) => {
  // The reference check loads Pyodide for the functional test: slow on a loaded machine.
  test.setTimeout(240_000);
  await page.goto('/?view=eval');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('eval-engine')).toContainText('No model loaded');
  // The configurations cannot differ without a model: they are off, and one check runs.
  await expect(page.getByTestId('eval-config-rescue')).toBeDisabled();
  await expect(page.getByTestId('eval-config-baseline')).toBeChecked();
  await expect(page.getByTestId('eval-config-rescue')).not.toBeChecked();

  await page.getByTestId('eval-suite-subset').check();
  await page.getByTestId('eval-pick-c-backup-dir').check();
  await page.getByTestId('eval-run').click();
  await expect(page.getByTestId('eval-error')).toContainText('None of the 1 task has a reference solution');
  await expect(page.getByTestId('eval-history')).toHaveCount(0);
  await expect(page.getByTestId('eval-suite-status')).toHaveCount(0);

  await page.getByTestId('eval-pick-py-ping-host').check();
  await page.getByTestId('eval-run').click();
  await expect(page.getByTestId('eval-suite-status')).toContainText('done', { timeout: 200_000 });
  await expect(page.getByTestId('eval-progress-text')).toContainText('1 / 1');
  await expect(page.getByTestId('eval-skipped')).toContainText('1 of 2 tasks skipped');
  await expect(page.getByTestId('eval-skipped')).toContainText('no reference solution');
  await expect(page.getByTestId('eval-skipped')).toContainText('Back up a project folder');
  await expect(page.getByTestId('eval-cell-py-ping-host-baseline')).toBeVisible();
  await expect(page.getByTestId('eval-cell-py-ping-host-rescue')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('eval-skipped')).toContainText('Back up a project folder');
});

test('a reload keeps the task being edited and says the run in progress was interrupted', async ({ page }) => {
  await page.addInitScript(
    (script) => {
      window.__SCG_ENGINE_SCRIPT__ = script;
    },
    { ...PING_SCRIPT, tokenDelayMs: 200 },
  );
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByRole('button', { name: 'Edit as custom' }).click();
  await page.getByTestId('task-text').fill('Write a Python function that pings a host given by the user.');
  await page.getByTestId('custom-language').selectOption('python');
  await page.getByText('Check my own code instead of generating').click();
  await page.getByTestId('provided-code').fill('import os\nos.system("ping " + host)\n');
  await page.getByTestId('use-provided').uncheck();
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run')).toBeDisabled();
  await page.reload();
  await expect(page.getByTestId('kb-status')).toContainText('ready');

  const banner = page.getByTestId('notice-banner');
  await expect(banner).toContainText('A run was in progress');
  await expect(banner).toContainText('interrupted');
  await expect(banner).toBeInViewport();
  await expect(page.getByTestId('task-text')).toHaveValue(
    'Write a Python function that pings a host given by the user.',
  );
  await expect(page.getByTestId('custom-language')).toHaveValue('python');
  await expect(page.getByTestId('provided-code')).toHaveValue('import os\nos.system("ping " + host)\n');
  await expect(page.getByTestId('use-provided')).not.toBeChecked();
  await expect(page.getByTestId('trace-id')).toHaveText('No trace yet');
  await page.getByTestId('notice-dismiss').click();
  await expect(banner).toHaveCount(0);

  // A gallery task picked before a reload is picked after it, and a finished page announces nothing.
  await page.getByTestId('task-py-ping-host').click();
  await page.reload();
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('task-py-ping-host')).toHaveClass(/selected/);
  await expect(page.getByTestId('notice-banner')).toHaveCount(0);
});

test('a retrieved example pair opens in a dialog in view, captioned to match its layout', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-retrieval')).toHaveAttribute('data-status', 'ok');
  const example = page.getByTestId('retrieval-pane').getByTestId('retrieval-example').first();
  await example.getByRole('button').first().click();

  const viewer = page.getByTestId('example-viewer');
  await expect(viewer).toBeVisible();
  // In view at 1440x900, not rendered below every ranked CWE inside the pane.
  await expect(viewer).toBeInViewport({ ratio: 0.9 });
  const box = await viewer.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(900);
  const diffEditor = viewer.locator('.monaco-diff-editor');
  await expect(viewer.getByTestId('example-caption')).toContainText('Left: vulnerable. Right: fixed.');
  await expect(diffEditor).toHaveClass(/side-by-side/);

  await viewer.getByTestId('example-view-toggle').click();
  await expect(viewer.getByTestId('example-caption')).toContainText('Inline: removed lines (red)');
  await expect(viewer.getByTestId('example-diff')).toHaveAttribute('data-view', 'inline');
  await expect(diffEditor).not.toHaveClass(/side-by-side/);

  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  await example.getByRole('button').first().click();
  await expect(page.getByTestId('example-viewer')).toBeVisible();
  await page.getByTestId('example-close').click();
  await expect(page.getByTestId('example-viewer')).toHaveCount(0);
});

test('in a narrow window the example opens inline and says so', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-retrieval')).toHaveAttribute('data-status', 'ok');
  await page.getByTestId('retrieval-pane').getByTestId('retrieval-example').first().getByRole('button').first().click();
  const viewer = page.getByTestId('example-viewer');
  await expect(viewer.getByTestId('example-caption')).toContainText('Inline');
  await expect(viewer.locator('.monaco-diff-editor')).not.toHaveClass(/side-by-side/);
});
