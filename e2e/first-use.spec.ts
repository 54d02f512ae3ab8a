// Journey: a first-time user's slips at the Run button: an empty task is refused next to the editor,
// a double-click on Run does not cancel the run, and a real cancel says where the run stopped.
import { test, expect } from './fixtures';
import { PING_SCRIPT } from './scripts';

test('an empty or whitespace-only task is refused next to the editor and no run starts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await page.getByRole('button', { name: 'Edit as custom' }).click();
  await page.getByTestId('task-text').fill('   \n\t  ');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('task-input-error')).toContainText('The task is empty');
  await expect(page.getByTestId('task-text')).toHaveAttribute('aria-invalid', 'true');
  // No stage ran: every pane is still idle and the Run button is ready again.
  await expect(page.getByTestId('pane-facets')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('pane-retrieval')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('run')).toBeEnabled();

  // Typing a real task clears the message, and the run then goes ahead.
  await page.getByTestId('task-text').fill('Ping a host given by the user.');
  await expect(page.getByTestId('task-input-error')).toHaveCount(0);
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-retrieval')).toHaveAttribute('data-status', 'ok');
});

test('double-clicking Run does not cancel the run: it completes', async ({ page }) => {
  // Slow enough that the second click lands while the run is going.
  const slow = { ...PING_SCRIPT, tokenDelayMs: 30 };
  await page.addInitScript((script) => {
    window.__SCG_ENGINE_SCRIPT__ = script;
  }, slow);
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await expect(page.getByTestId('engine-line')).toContainText('Scripted test engine');
  await page.getByTestId('run').dblclick();
  await expect(page.getByTestId('cancel-run')).toBeEnabled();
  await expect(page.getByTestId('pane-findings')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await expect(page.getByTestId('pane-diff')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('run-cancelled')).toHaveCount(0);
  await expect(page.getByTestId('cancel-run')).toBeDisabled();
});

test('Cancel, beside Run, stops the run and names the stage it stopped in', async ({ page }) => {
  const slow = { ...PING_SCRIPT, tokenDelayMs: 150 };
  await page.addInitScript((script) => {
    window.__SCG_ENGINE_SCRIPT__ = script;
  }, slow);
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await expect(page.getByTestId('cancel-run')).toBeDisabled();
  await page.getByTestId('run').click();
  await expect(page.getByTestId('live-output')).toContainText('Here');
  await page.getByTestId('cancel-run').click();
  await expect(page.getByTestId('run-cancelled')).toContainText('Run cancelled during generation');
  await expect(page.getByTestId('pane-output')).toHaveAttribute('data-status', 'error');
  await expect(page.getByTestId('run')).toBeEnabled();
});
