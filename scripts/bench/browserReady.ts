// Time to a ready knowledge base in the browser, and the size of what it downloads. Serves a built
// app with `vite preview` on a free port, opens it in Debian's Chromium (Playwright) in a fresh
// context per run, and waits for the header's kb-status to say "ready N ms after page load". Reports the time from
// navigation start to that moment (page clock), the worker's own readyMs and its steps (read from the
// kb-status tooltip: decode, parse, validate, parseIndexes, embed, index = Orama load, profile, wiring),
// and the bytes of the artefact and of the prebuilt Orama indexes, on disk and gzipped. Run alone:
// `npx tsx scripts/bench/browserReady.ts [dist] [runs]` (build first: `npx vite build --outDir DIST`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { servePreview } from './servePreview';

export interface BrowserReadyReport {
  runs: number;
  /** Median over runs: navigation start to kb-status "ready" (ms, page clock). */
  navigationToReadyMs: number;
  /** The slowest run and the 90th percentile (nearest rank) of the same, to show the spread. */
  navigationToReadyP90Ms: number;
  navigationToReadyMaxMs: number;
  /** Median over runs of the worker's readyMs: fetch, validate, embedder and index build. */
  workerReadyMs: number;
  /** Median over runs of each worker step (ms). */
  phases: Record<string, number>;
  /** Median over runs of the worker's boot on the page clock (thread started, code loaded, files handed over, searchable). */
  boot: Record<string, number>;
  artefactBytes: number;
  artefactGzipBytes: number;
  /** The prebuilt Orama indexes fetched beside the artefact (0 when the build has none). */
  indexBytes: number;
  indexGzipBytes: number;
}

const median = (xs: number[]): number => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0);
const percentile = (xs: number[], p: number): number =>
  Math.round([...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * xs.length) - 1)] ?? 0);

export async function browserReady(dist = 'dist', runs = 3): Promise<BrowserReadyReport> {
  const artefact = readFileSync(join(dist, 'kb', 'knowledge.json'));
  const indexes = existsSync(join(dist, 'kb', 'orama.json'))
    ? readFileSync(join(dist, 'kb', 'orama.json'))
    : Buffer.alloc(0);
  const { url, browser, close } = await servePreview(dist);
  try {
    const nav: number[] = [];
    const worker: number[] = [];
    const phases = new Map<string, number[]>();
    const boots = new Map<string, number[]>();
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext(); // fresh cache: the artefact is downloaded every run
      const page = await context.newPage();
      // Stamp the page clock the moment kb-status turns ready (polling from Node would add its own delay).
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const text = document.querySelector('[data-testid="kb-status"]')?.textContent ?? '';
          if (/ready \d+ ms after page load/.test(text)) {
            document.documentElement.dataset.kbReadyAt = String(performance.now());
            observer.disconnect();
          }
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await page.goto(url);
      const status = page.getByTestId('kb-status');
      await status.filter({ hasText: /ready \d+ ms after page load/ }).waitFor({ timeout: 60_000 });
      nav.push(Number(await page.evaluate(() => document.documentElement.dataset.kbReadyAt ?? 'NaN')));
      const title = (await status.getAttribute('title')) ?? '';
      worker.push(Number(/worker init (\d+) ms/.exec(title)?.[1] ?? NaN));
      for (const [, name, ms] of (title.split('|')[0] ?? '').matchAll(/([\w ]+?) (\d+) ms/g)) {
        boots.set(name!.trim(), [...(boots.get(name!.trim()) ?? []), Number(ms)]);
      }
      for (const [, name, ms] of (title.split('worker init')[1] ?? '').matchAll(/(\w+) (\d+) ms/g)) {
        phases.set(name!, [...(phases.get(name!) ?? []), Number(ms)]);
      }
      await context.close();
    }
    return {
      runs,
      navigationToReadyMs: median(nav),
      navigationToReadyP90Ms: percentile(nav, 0.9),
      navigationToReadyMaxMs: Math.round(Math.max(...nav)),
      workerReadyMs: median(worker),
      phases: Object.fromEntries([...phases].map(([name, xs]) => [name, median(xs)])),
      boot: Object.fromEntries([...boots].map(([name, xs]) => [name, median(xs)])),
      artefactBytes: artefact.length,
      artefactGzipBytes: gzipSync(artefact, { level: 9 }).length,
      indexBytes: indexes.length,
      indexGzipBytes: indexes.length ? gzipSync(indexes, { level: 9 }).length : 0,
    };
  } finally {
    await close();
  }
}

if (process.argv[1]?.endsWith('browserReady.ts')) {
  browserReady(process.argv[2], Number(process.argv[3] ?? 3)).then((r) =>
    process.stdout.write(`${JSON.stringify(r)}\n`),
  );
}
