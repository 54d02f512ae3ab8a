// Notes (tier 'note') are listed apart from findings, muted and marked as not counting; code whose only hits are
// notes still shows "No findings.".
import { test, expect } from './fixtures';

const PYTHON = [
  'import os',
  '',
  'def read_report(path):',
  '    if os.access(path, os.R_OK):',
  '        with open(path) as f:',
  '            return f.read()',
  '    return ""',
  '',
].join('\n');

test('a check-then-open is shown as a note that does not count', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByText('Check my own code instead of generating').click();
  await page.getByTestId('provided-code').fill(PYTHON);
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-findings')).toHaveAttribute('data-status', 'ok');
  const pane = page.getByTestId('findings-pane');
  await expect(pane.getByTestId('findings-none')).toBeVisible();
  await expect(pane.getByTestId('finding')).toHaveCount(0);
  const note = pane.getByTestId('finding-note').filter({ hasText: 'CWE-367' });
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('note: does not count');
  await expect(pane.getByTestId('findings-notes')).toContainText('do not count in the secure, Fix or Intro rates');
  await page.screenshot({ path: testInfo.outputPath('findings-notes.png'), fullPage: true });
});
