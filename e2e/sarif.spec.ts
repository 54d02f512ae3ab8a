// Issue 12 (SARIF): the Findings pane downloads the analysis as a SARIF 2.1.0 log with the finding's rule and line.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { SUITE_SCRIPT } from './evalScripts';

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

test('the evaluation page judges its runs with an imported SARIF log, matched by config/task/sample', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.addInitScript((s) => {
    window.__SCG_ENGINE_SCRIPT__ = s;
  }, SUITE_SCRIPT);
  await page.goto('/?engine=scripted&view=eval');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('eval-suite-subset').check();
  await page.getByTestId('eval-pick-py-ping-host').check();
  await page.getByTestId('eval-run').click();
  await expect(page.getByTestId('eval-suite-status')).toContainText('done', { timeout: 150_000 });

  // The runs' code as one zip, laid out as `eval --code-dir` writes it.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('external-judge-code').click();
  const zip = readFileSync((await (await downloading).path())!);
  expect(zip.subarray(0, 4).toString('hex')).toBe('504b0304');
  expect(zip.toString('latin1')).toContain('baseline/py-ping-host/0.py');

  // A scanner (here a synthetic log) flags the baseline run's file only.
  const sarif = {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'scanner-x', rules: [{ id: 'shell', properties: { tags: ['external/cwe/cwe-078'] } }] },
        },
        results: [
          {
            ruleId: 'shell',
            level: 'error',
            message: { text: 'shell command from input' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'gen/baseline/py-ping-host/0.py' },
                  region: { startLine: 3 },
                },
              },
            ],
          },
        ],
      },
    ],
  };
  await page.getByTestId('external-judge-file').setInputFiles({
    name: 'scan.sarif',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(sarif)),
  });
  await expect(page.getByTestId('external-judge-counts')).toContainText('runs judged by scanner-x');
  const baseline = page.getByTestId('external-judge-row-baseline');
  await expect(baseline.getByTestId('external-judged')).toHaveText(/^1 \/ 1$/);
  await expect(baseline.getByTestId('external-secure')).toHaveText('0% (0)');
  await expect(page.getByTestId('external-judge-row-rescue').getByTestId('external-judged')).toHaveText(/^0 \/ 1$/);

  await page.getByTestId('external-judge-file').setInputFiles({
    name: 'bad.sarif',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version":"2.1.0"}'),
  });
  await expect(page.getByTestId('external-judge-error')).toContainText('not a SARIF log');
});
