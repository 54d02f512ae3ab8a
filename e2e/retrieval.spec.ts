// Journey: run a gallery task without a model and read its retrieval tree: the chosen CWEs with
// their facet score tables, their guidelines and examples, and an example pair opened in the viewer.
// (The "nothing injected" outcome depends on how the shipped knowledge base scores a neutral task, so
// it is tested on the fixture knowledge base in src/adapters/orama/loadKnowledgeBase.test.ts.)
import { test, expect } from './fixtures';

test('the retrieval tree shows chosen CWEs with scores, guidelines and examples, and opens a pair', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await page.getByTestId('task-py-ping-host').click();
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pane-retrieval')).toHaveAttribute('data-status', 'ok');

  const pane = page.getByTestId('retrieval-pane');
  const first = pane.getByTestId('retrieval-cwe').first();
  await expect(first).toContainText('CWE-78');
  await expect(first).toContainText('chosen');
  await expect(first).toHaveClass(/\bchosen\b/);
  const scores = first.getByTestId('facet-scores').first();
  for (const facet of ['text:bm25', 'text:vector', 'api']) await expect(scores).toContainText(facet);
  await expect(scores.locator('tr.pass').first()).toBeVisible();
  // Every candidate CWE is listed, chosen or not, and the chosen ones are listed first.
  expect(await pane.getByTestId('retrieval-cwe').count()).toBeGreaterThan(4);
  await expect(pane.locator('[data-testid="retrieval-cwe"].chosen')).not.toHaveCount(0);

  const guidelines = first.getByTestId('retrieval-guideline');
  await expect(guidelines.first()).toBeVisible();
  await expect(first.locator('[data-testid="retrieval-guideline"].chosen').first()).toBeVisible();
  const example = first.locator('[data-testid="retrieval-example"].chosen').first();
  await expect(example).toContainText('python');
  const exampleId = (await example.getByRole('button').first().textContent())?.trim() ?? '';
  expect(exampleId).toMatch(/^CWE-78-/);

  await example.getByRole('button').first().click();
  const viewer = page.getByTestId('example-viewer');
  await expect(viewer).toBeVisible();
  await expect(viewer).toContainText(exampleId);
  await expect(viewer.getByTestId('example-diff')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('retrieval-tree.png'), fullPage: true });
});
