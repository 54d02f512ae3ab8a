// `npm run bench`: the performance figures of the playground, from a fresh production build.
// Each section is a function in scripts/bench/ (or a standalone script) so it can run alone too.
import { existsSync } from 'node:fs';
import { firstScreenSize } from './bench/firstScreenSize';
import { benchRetrieval } from './benchRetrieval';

const FIRST_SCREEN_LIMIT_KB = 250;

async function main(): Promise<void> {
  const size = firstScreenSize('dist');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log('## First screen JavaScript (Monaco, web-llm and workers load later)');
  for (const f of size.files) console.log(`  ${f.file}  ${kb(f.bytes)}  gzip ${kb(f.gzip)}`);
  console.log(`  total: ${kb(size.totalBytes)}, gzip ${kb(size.totalGzip)} (limit ${FIRST_SCREEN_LIMIT_KB} KB gzip: ${size.totalGzip <= FIRST_SCREEN_LIMIT_KB * 1024 ? 'within' : 'OVER'})`);

  console.log('\n## Retrieval (Node, facets + full hierarchy, per task)');
  const dev = '../shared/benchmarks/dev-tasks.jsonl';
  const r = await benchRetrieval('public/kb', existsSync(dev) ? dev : '');
  console.log(`  tasks ${r.tasks}; load ${r.loadMs} ms; p50 ${r.p50} ms; p95 ${r.p95} ms; max ${r.max} ms (p95 limit 20 ms: ${r.p95 <= 20 ? 'within' : 'OVER'})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
