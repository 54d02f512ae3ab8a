// Journey: the evaluation page draws K samples with a temperature and seed, keeps every run's trace, and a
// results-table cell opens that run's trace in the trace view; a large result table renders only what is in view.
import { test, expect } from './fixtures';
import { SUITE_SCRIPT } from './evalScripts';

async function openEval(page: import('@playwright/test').Page) {
  await page.addInitScript((s) => {
    window.__SCG_ENGINE_SCRIPT__ = s;
  }, SUITE_SCRIPT);
  await page.goto('/?engine=scripted&view=eval');
  await expect(page.getByTestId('kb-status')).toContainText('ready');
  await expect(page.getByTestId('eval-engine')).toContainText('Scripted test engine');
}

test('K = 2 samples run, and a cell opens its own run trace in the trace view', async ({ page }) => {
  test.setTimeout(150_000);
  await openEval(page);
  await page.getByTestId('eval-suite-subset').check();
  await page.getByTestId('eval-pick-py-ping-host').check();
  for (const id of ['rescue', 'rescue+revise']) await page.getByTestId(`eval-config-${id}`).uncheck();
  await page.getByTestId('eval-samples').fill('2');
  await expect(page.getByTestId('eval-sampling-warning')).toBeVisible();
  await page.getByTestId('eval-temperature').fill('0.8');
  await page.getByTestId('eval-seed').fill('7');
  await expect(page.getByTestId('eval-sampling-warning')).toHaveCount(0);
  await page.getByTestId('eval-run').click();
  await expect(page.getByTestId('eval-suite-status')).toContainText('done', { timeout: 140_000 });
  await expect(page.getByTestId('eval-progress-text')).toContainText('2 / 2');

  const first = page.getByTestId('eval-cell-py-ping-host-baseline');
  const second = page.getByTestId('eval-cell-py-ping-host-baseline-s1');
  await expect(first).toHaveAttribute('data-secure', 'false');
  await expect(second).toHaveAttribute('data-trace', 'yes');
  await expect(page.getByTestId('eval-task-row-py-ping-host-s1')).toContainText('1');

  await second.click();
  await expect(page.getByTestId('eval-view')).toHaveCount(0);
  await expect(page.getByTestId('trace-message')).toContainText('Opened evaluation trace');
});

test('a table of 1000 runs renders only the rows in view and scrolls to the last one', async ({ page }) => {
  await openEval(page);
  // 50 tasks x 10 samples x 2 configurations, written straight into the page's results database.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const request = indexedDB.open('scg-eval', 1);
      request.onsuccess = () => ok(request.result);
      request.onerror = () => no(request.error);
    });
    const suiteId = 'suite-big';
    const tx = db.transaction(['suites', 'results'], 'readwrite');
    const tasks = Array.from({ length: 50 }, (_, t) => ({
      id: `t${t}`,
      language: 'python',
      kind: 'nl',
      cwe: 'CWE-78',
      prompt: 'x',
    }));
    tx.objectStore('suites').put({
      id: suiteId,
      name: 'big',
      createdAt: '2099-01-01T00:00:00.000Z',
      tasks,
      configIds: ['baseline', 'rescue'],
      model: 'scripted',
      testTimeoutMs: 1000,
      status: 'done',
      wallMs: 1,
      samples: 10,
    });
    let seq = 0;
    for (const task of tasks)
      for (let sample = 0; sample < 10; sample += 1)
        for (const config of ['baseline', 'rescue']) {
          const result = {
            id: task.id,
            config,
            model: 'scripted',
            sample,
            language: 'python',
            cwe: 'CWE-78',
            secure: (sample + task.id.length) % 2 === 0,
            passed: null,
            cwes: [],
            retrievalHit: null,
            revision: null,
            findings: [],
            findingsBefore: 0,
            functional: null,
            code: '',
            ms: 1,
          };
          const key = JSON.stringify(['scripted', config, task.id, sample]);
          tx.objectStore('results').put({ suiteId, key, seq: (seq += 1), result });
        }
    await new Promise((ok, no) => {
      tx.oncomplete = ok;
      tx.onerror = () => no(tx.error);
    });
    db.close();
  });
  await page.reload();
  const table = page.getByTestId('eval-task-table');
  await expect(table).toHaveAttribute('data-rows', '500');
  await expect(page.getByTestId('eval-task-row-t0')).toBeVisible();
  const rendered = await page.locator('[data-testid^="eval-task-row-"]').count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(120);
  await page.getByTestId('eval-task-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByTestId('eval-task-row-t49-s9')).toBeVisible();
  await expect(page.getByTestId('eval-cell-t49-rescue-s9')).toBeVisible();
  await expect(page.getByTestId('eval-task-row-t0')).toHaveCount(0);
});
