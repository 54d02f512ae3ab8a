// Heap after many runs (issue 14, item 14): runs the ping task again and again with the scripted engine in one
// page, and reads the page's JavaScript heap after a forced garbage collection (CDP HeapProfiler.collectGarbage,
// then Runtime.getHeapUsage) after 5 runs and after N. Whatever grows between the two is held by old runs.
// Run alone: `npx tsx scripts/bench/heapAfterRuns.ts [dist] [runs]` (build first: `npx vite build --outDir DIST`).
import type { CDPSession, Page } from '@playwright/test';
import { RECORDED_RUNS } from '../recordedAnswers';
import { servePreview } from './servePreview';

export interface HeapReport {
  runs: number;
  /** Used heap (MB) after 5 runs and after all of them, each after forced garbage collection. */
  after5MB: number;
  afterAllMB: number;
  growthMB: number;
  perRunKB: number;
}

const WARM_UP = 5;
const MB = 1024 * 1024;

async function usedHeap(cdp: CDPSession): Promise<number> {
  // Twice: objects freed by the first pass's finalizers go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** One run to its end: its trace id (shown in the task panel) is new and the Diff stage has its record. */
async function runOnce(page: Page, previousId: string): Promise<string> {
  await page.getByTestId('run').click();
  await page.waitForFunction(
    (previous) => {
      const id = document.querySelector('[data-testid="trace-id"]')?.textContent ?? '';
      const diff = document.querySelector('[data-testid="stage-node-diff"]')?.getAttribute('data-status');
      return id !== previous && id.startsWith('Trace ') && diff === 'ok';
    },
    previousId,
    { timeout: 60_000 },
  );
  return (await page.getByTestId('trace-id').textContent()) ?? '';
}

export async function heapAfterRuns(dist = 'dist', runs = 50): Promise<HeapReport> {
  const preview = await servePreview(dist);
  try {
    const context = await preview.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const rules = RECORDED_RUNS.find((r) => r.taskId === 'py-ping-host')!.rules;
    await page.addInitScript(
      (script) => {
        window.__SCG_ENGINE_SCRIPT__ = script;
      },
      { rules },
    );
    await page.goto(`${preview.url}?engine=scripted&task=py-ping-host`);
    await page
      .getByTestId('kb-status')
      .filter({ hasText: /ready \d+ ms/ })
      .waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    let id = '';
    for (let i = 0; i < WARM_UP; i += 1) id = await runOnce(page, id);
    const after5 = await usedHeap(cdp);
    for (let i = WARM_UP; i < runs; i += 1) id = await runOnce(page, id);
    const afterAll = await usedHeap(cdp);
    await context.close();
    const growth = afterAll - after5;
    return {
      runs,
      after5MB: Number((after5 / MB).toFixed(1)),
      afterAllMB: Number((afterAll / MB).toFixed(1)),
      growthMB: Number((growth / MB).toFixed(1)),
      perRunKB: Math.round(growth / 1024 / (runs - WARM_UP)),
    };
  } finally {
    await preview.close();
  }
}

if (process.argv[1]?.endsWith('heapAfterRuns.ts')) {
  heapAfterRuns(process.argv[2], Number(process.argv[3] ?? 50)).then((r) =>
    process.stdout.write(`${JSON.stringify(r)}\n`),
  );
}
