// Journeys: browse the knowledge base (a CWE with guidelines and a sliced example), load a user
// knowledge base beside the built-in one and see search mark its hits as user, and build one.
import { test, expect } from './fixtures';
import { finishUserKb } from '../src/core/kbTools/ingest/finishUserKb';
import { FIXTURE_PAIRS_JSONL } from '../src/core/kbTools/ingest/fixturePairs';

const code = 'import os\n\n\ndef pack(label):\n    os.system("zebrapack " + label)\n';
const USER_KB = finishUserKb({
  name: 'e2e-user-kb',
  cwes: [
    {
      id: 'CWE-78',
      name: 'CWE-78',
      description: 'From one ingested pair.',
      cause: 'A label reached a shell string.',
      languages: ['python'],
      operations: [],
      related: [],
      markers: {},
      guidelines: [
        {
          id: 'user:CWE-78-g1',
          cwe: 'CWE-78',
          text: 'Call zebrapack with an argument list, never through os.system.',
          languages: [],
          apis: [],
        },
      ],
      examples: [
        {
          id: 'user:CWE-78-python-1',
          cwe: 'CWE-78',
          language: 'python',
          task: 'Pack a zebrapack archive named by the user.',
          description: 'Label in a shell string.',
          vulnerable: { code, sliced: false },
          fixed: {
            code: code.replace('os.system("zebrapack " + label)', 'subprocess.run(["zebrapack", label])'),
            sliced: false,
          },
          apis: ['os.system'],
        },
      ],
    },
  ],
  report: { pairs: 1, sliced: 0, unsliced: 1, unslicedReasons: { 'written by hand': 1 }, problems: [] },
  distillation: { status: 'skipped', reason: 'written by hand for the test' },
});

test('the explorer shows CWE-78 with its guidelines and a sliced example', async ({ page }, testInfo) => {
  await page.goto('/?view=explorer');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('explorer-cwe-CWE-78').click();
  const detail = page.getByTestId('explorer-detail');
  await expect(detail).toContainText('CWE-78');
  await expect(detail.getByTestId('cwe-kind-of')).toHaveText(', a kind of CWE-77');
  await expect(page.getByTestId('explorer-cause')).not.toBeEmpty();
  expect(await page.getByTestId('explorer-guideline').count()).toBeGreaterThanOrEqual(4);
  const example = page.getByTestId('explorer-example-view');
  await expect(example).toHaveAttribute('data-view', 'sliced');
  await expect(page.getByTestId('explorer-example-diff')).toBeVisible();
  await expect(example).toContainText('slice keeps');
  await page.getByTestId('explorer-slice-toggle').click();
  await expect(example).toHaveAttribute('data-view', 'full');
  await page.getByTestId('explorer-tab-table').click();
  await expect(page.getByTestId('explorer-counts')).toContainText('python');
  await expect(page.getByTestId('explorer-count-CWE-78')).toContainText(/CWE-78\d+/);
  await page.screenshot({ path: testInfo.outputPath('explorer.png'), fullPage: true });
});

test('a user knowledge base loads beside the built-in one and search marks its hits as user', async ({ page }) => {
  await page.goto('/?view=explorer');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('user-kb-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"secure-codegen-playground/kb"}'),
  });
  await expect(page.getByTestId('user-kb-error')).toContainText('not a user knowledge base');
  await page
    .getByTestId('user-kb-file')
    .setInputFiles({ name: 'user.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(USER_KB)) });
  await expect(page.getByTestId('user-kb-installed')).toContainText('e2e-user-kb');
  await page.getByTestId('explorer-search').fill('zebrapack archive');
  await page.getByTestId('explorer-search-go').click();
  const userHit = page.locator('[data-testid="explorer-hit"][data-source="user"]').first();
  await expect(userHit).toContainText('zebrapack');
  await userHit.click();
  await expect(page.locator('[data-testid="explorer-guideline"][data-source="user"]')).toContainText('zebrapack');
  await expect(page.locator('[data-testid="explorer-guideline"][data-source="builtin"]').first()).toBeVisible();
});

test('a pairs file is ingested in the browser, distilled by the loaded engine and loaded', async ({ page }) => {
  const script = {
    rules: [
      {
        reply:
          'CAUSE: Input reached a sink unchecked.\nGUIDELINES:\n- Keep untrusted input out of command strings and queries.',
      },
    ],
  };
  await page.addInitScript((s) => {
    window.__SCG_ENGINE_SCRIPT__ = s;
  }, script);
  await page.goto('/?view=buildkb&engine=scripted');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page
    .getByTestId('buildkb-file')
    .setInputFiles({ name: 'fixture.jsonl', mimeType: 'text/plain', buffer: Buffer.from(FIXTURE_PAIRS_JSONL) });
  await expect(page.getByTestId('buildkb-built')).toContainText('3 CWEs, 4 pairs (4 sliced)');
  await expect(page.getByTestId('buildkb-problems')).toContainText('line 7');
  await page.getByTestId('buildkb-distill').click();
  await expect(page.getByTestId('user-kb-message')).toContainText('Distilled 3 guidelines');
  await page.getByTestId('buildkb-install').click();
  await expect(page.getByTestId('user-kb-installed')).toContainText('3 CWEs, 4 examples, 3 guidelines');
});
