// Journey: a finding's line link highlights the slice around it in the generated code, "Show slice"
// shows only the kept lines, and a retrieved example pair switches between its slice and full code.
import { test, expect } from './fixtures';
import { PING_SCRIPT } from './scripts';

test('a finding shows its slice in the output, and an example toggles sliced and full', async ({ page }, testInfo) => {
  await page.addInitScript((script) => {
    window.__SCG_ENGINE_SCRIPT__ = script;
  }, PING_SCRIPT);
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-findings')).toHaveAttribute('data-status', 'ok');

  // The scripted answer's shell=True call is on line 6; its slice reaches the command string (5)
  // and the signature (4), but not the import (1).
  const finding = page.getByTestId('findings-pane').getByTestId('finding').filter({ hasText: 'CWE-78' }).first();
  await finding.getByRole('button', { name: /^line \d+$/ }).click();
  const editor = page.getByTestId('output-editor');
  await expect(page.getByTestId('slice-info')).toContainText(/slice around line \d+: \d+ lines/);
  await expect(editor.locator('.slice-line').first()).toBeAttached();
  const highlighted = await editor.locator('.slice-line').count();
  expect(highlighted).toBeGreaterThan(1);

  await page.getByTestId('slice-toggle').click();
  await expect(page.getByTestId('slice-toggle')).toHaveText('Show full');
  await expect(editor).toContainText('shell=True');
  await expect(editor).toContainText('cmd = "ping -c 1 " + host');
  await expect(editor).toContainText('# ...');
  await expect(editor).not.toContainText('import subprocess');
  await page.screenshot({ path: testInfo.outputPath('slice-output.png'), fullPage: true });
  await page.getByTestId('slice-toggle').click();
  await expect(editor).toContainText('import subprocess');

  // A retrieved example opens sliced; the toggle switches to the full pair and back.
  await page.getByTestId('retrieval-pane').getByTestId('retrieval-example').first().getByRole('button').first().click();
  const viewer = page.getByTestId('example-viewer');
  const toggle = viewer.getByTestId('example-slice-toggle');
  await expect(toggle).toHaveText('Show full');
  const diff = viewer.getByTestId('example-diff');
  await expect(diff).toContainText('...');
  await toggle.click();
  await expect(toggle).toHaveText('Show slice');
  await expect(diff).not.toContainText(/(#|\/\/) \.\.\./);
  await toggle.click();
  await expect(toggle).toHaveText('Show full');
  await expect(diff).toContainText('...');
});
