// Issue 12 (SARIF): the Findings pane downloads the analysis as a SARIF 2.1.0 log with the finding's rule and line.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const PYTHON = [
  'import subprocess',
  '',
  'def ping(host):',
  '    subprocess.run("ping -c 1 " + host, shell=True)',
  '',
].join('\n');

interface SarifResult {
  ruleId: string;
  level: string;
  properties: { cwe: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
}

test('Download SARIF saves the findings of the pasted code as a SARIF log', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByText('Check my own code instead of generating').click();
  await page.getByTestId('provided-code').fill(PYTHON);
  await page.getByTestId('provided-language').selectOption('python');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-findings')).toHaveAttribute('data-status', 'ok');
  const findings = page.getByTestId('findings-pane');
  await expect(findings.getByTestId('finding').filter({ hasText: 'CWE-78' })).not.toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await findings.getByTestId('download-sarif').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.py\.sarif$/);
  const log = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    version: string;
    runs: { tool: { driver: { rules: { id: string }[] } }; results: SarifResult[] }[];
  };
  expect(log.version).toBe('2.1.0');
  const shell = log.runs[0]!.results.find((r) => r.properties.cwe === 'CWE-78');
  expect(shell?.level).toBe('error');
  expect(shell?.locations[0]?.physicalLocation.region.startLine).toBe(4);
  expect(shell?.locations[0]?.physicalLocation.artifactLocation.uri).toMatch(/\.py$/);
  expect(log.runs[0]!.tool.driver.rules.map((r) => r.id)).toContain(shell?.ruleId);
});
