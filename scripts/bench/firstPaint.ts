// First paint against the app being there (issue 14, item 14): in fresh browser contexts (no cache, service
// workers blocked), the page clock at first-contentful-paint, at React's first screen in the page (the
// first-screen section replacing index.html's static shell) and at the knowledge base's "ready". Medians.
// Run alone: `npx tsx scripts/bench/firstPaint.ts [dist] [runs]` (build first: `npx vite build --outDir DIST`).
import { servePreview, median } from './servePreview';

export interface FirstPaintReport {
  runs: number;
  /** first-contentful-paint (ms from navigation start). */
  fcpMs: number;
  /** React's first screen is in the page. */
  appRenderedMs: number;
  /** The header says the knowledge base is ready. */
  kbReadyMs: number;
}

export async function firstPaint(dist = 'dist', runs = 7): Promise<FirstPaintReport> {
  const preview = await servePreview(dist);
  const fcp: number[] = [];
  const app: number[] = [];
  const ready: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await preview.browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      // Stamp the page clock at each moment from inside the page (polling from Node would add its own delay).
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          // Read here, not before: the init script runs before <html> exists.
          const stamps = document.documentElement.dataset;
          if (!stamps.appAt && document.querySelector('[data-testid="first-screen"]'))
            stamps.appAt = String(performance.now());
          const text = document.querySelector('[data-testid="kb-status"]')?.textContent ?? '';
          if (/ready \d+ ms after page load/.test(text)) {
            stamps.kbReadyAt = String(performance.now());
            observer.disconnect();
          }
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await page.goto(preview.url);
      await page
        .getByTestId('kb-status')
        .filter({ hasText: /ready \d+ ms/ })
        .waitFor({ timeout: 60_000 });
      const stamps = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        app: Number(document.documentElement.dataset.appAt),
        ready: Number(document.documentElement.dataset.kbReadyAt),
      }));
      fcp.push(stamps.fcp);
      app.push(stamps.app);
      ready.push(stamps.ready);
      await context.close();
    }
  } finally {
    await preview.close();
  }
  return { runs, fcpMs: median(fcp), appRenderedMs: median(app), kbReadyMs: median(ready) };
}

if (process.argv[1]?.endsWith('firstPaint.ts')) {
  firstPaint(process.argv[2], Number(process.argv[3] ?? 7)).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}
