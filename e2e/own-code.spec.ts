// Journey (issue 14, item 1): code pasted into a C task is read in its own language, and code that does not parse
// in the language asked for never shows a green "No findings.".
import { test, expect } from './fixtures';
import { PING_SCRIPT } from './scripts';

const PYTHON = [
  'import subprocess',
  '',
  'def ping(host):',
  '    cmd = "ping -c 1 " + host',
  '    subprocess.run(cmd, shell=True)',
  '',
  'def find_user(cursor, name):',
  '    cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % name)',
  '    return cursor.fetchall()',
  '',
].join('\n');

test('pasted Python in a C task is detected and analysed as Python', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  // A C task, as in the issue (the default task was C then; it is a Python one now).
  await page.getByTestId('task-c-backup-dir').click();
  await expect(page.locator('.task-item.selected .chip').first()).toHaveText('c');
  await page.getByText('Check my own code instead of generating').click();
  await page.getByTestId('provided-code').fill(PYTHON);
  await expect(page.getByTestId('provided-language')).toHaveValue('auto');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-findings')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('detected-language')).toHaveAttribute('data-language', 'python');
  await expect(page.getByTestId('detected-language')).toContainText('Read as Python (detected: 0 syntax errors');
  const findings = page.getByTestId('findings-pane');
  await expect(findings.getByTestId('finding').filter({ hasText: 'CWE-78' })).not.toHaveCount(0);
  await expect(findings.getByTestId('finding').filter({ hasText: 'CWE-89' })).not.toHaveCount(0);
  // The CWE hierarchy (kb/cwe-hierarchy.json): "CWE-78, a kind of CWE-77".
  const shell = findings.getByTestId('finding').filter({ hasText: 'CWE-78' }).first();
  await expect(shell.getByTestId('cwe-kind-of')).toHaveText(', a kind of CWE-77');
  await expect(findings).toContainText('reading the code as Python');
  await expect(page.getByTestId('parse-notice')).toHaveCount(0);
  // Facets come from the pasted code, not from the C task's text.
  await expect(page.getByTestId('facets-pane')).toContainText('subprocess.run');
  await page.screenshot({ path: testInfo.outputPath('own-code-detected.png'), fullPage: true });

  // Picking C by hand: no green "No findings.", but what it looks like and a button to analyse it as that.
  await page.getByTestId('provided-language').selectOption('c');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('parse-notice')).toContainText('could not be parsed as C; it looks like Python');
  await expect(page.getByTestId('findings-none')).toHaveCount(0);
  await page.getByTestId('analyse-as').click();
  await expect(page.getByTestId('provided-language')).toHaveValue('python');
  await expect(page.getByTestId('detected-language')).toContainText('Read as Python (as picked)');
  await expect(findings.getByTestId('finding').filter({ hasText: 'CWE-78' })).not.toHaveCount(0);
  await expect(page.getByTestId('parse-notice')).toHaveCount(0);
});

test('a model answering in Python to a C task is flagged, and its answer can be analysed as Python', async ({
  page,
}) => {
  await page.addInitScript((script) => {
    window.__SCG_ENGINE_SCRIPT__ = script;
  }, PING_SCRIPT);
  await page.goto('/?engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-c-copy-username').click();
  await page.getByTestId('run').click();
  const notice = page.getByTestId('parse-notice');
  await expect(notice).toContainText(
    "The model's answer could not be parsed as C; it looks like Python, not C as asked",
  );
  await expect(page.getByTestId('findings-none')).toHaveCount(0);
  await page.getByTestId('analyse-as').click();
  await expect(page.getByTestId('detected-language')).toContainText('Read as Python (as picked)');
  await expect(page.getByTestId('findings-pane').getByTestId('finding').filter({ hasText: 'CWE-78' })).not.toHaveCount(
    0,
  );
});

test('pasted code over the limit is refused at once with its size, and the page stays usable', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByText('Check my own code instead of generating').click();
  // 2,000 lines of 57 characters: over the character limit (a 2 MB paste is covered by inputLimits.test.ts).
  await page.getByTestId('provided-code').fill(`x = "${'a'.repeat(50)}"\n`.repeat(2_000));
  await page.getByTestId('run').click();
  await expect(page.getByTestId('task-input-error')).toContainText(
    'The code to check is 114,000 characters in 2,001 lines; the limit is 100,000 characters and 5,000 lines.',
  );
  await expect(page.getByTestId('pane-findings')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('run')).toBeEnabled();
});
