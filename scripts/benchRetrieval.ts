// Retrieval latency: p50/p95 ms per task for the full hierarchy (facets + three levels) over the
// gallery tasks and, when the file exists, the dev prompts; plus the time to load the artefact and
// build the Orama indexes. `npm run bench` imports benchRetrieval(); run alone with
// `npx tsx scripts/benchRetrieval.ts [public/kb] [../shared/benchmarks/dev-tasks.jsonl]`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../src/adapters/orama/loadKnowledgeBase';
import { deriveFacets } from '../src/core/facets/deriveFacets';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { taskFromInput } from '../src/cli/commands/retrieve';
import type { Task } from '../src/core/task/Task';

export interface RetrievalBench {
  tasks: number;
  loadMs: number;
  p50: number;
  p95: number;
  max: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 100) / 100 : 0;
}

export async function benchRetrieval(kbDir = 'public/kb', devFile = '../shared/benchmarks/dev-tasks.jsonl'): Promise<RetrievalBench> {
  const text = readFileSync(join(kbDir, 'knowledge.json'), 'utf8');
  const t0 = performance.now();
  const kb = await loadKnowledgeBase(text);
  const loadMs = Math.round(performance.now() - t0);
  const tasks: Task[] = kb.tasks.map((t) => ({ id: t.id, language: t.language, kind: t.kind, prompt: t.prompt }));
  if (existsSync(devFile)) {
    for (const line of readFileSync(devFile, 'utf8').split('\n').filter((l) => l.trim())) {
      const input: unknown = JSON.parse(line);
      if (input && typeof input === 'object' && !Array.isArray(input)) tasks.push(taskFromInput(Object.fromEntries(Object.entries(input))));
    }
  }
  const parser = nodeParser();
  for (const task of tasks.slice(0, 10)) await kb.retrieve(await deriveFacets(task, kb, parser)); // warm-up: JIT, grammars
  const times: number[] = [];
  for (const task of tasks) {
    const started = performance.now();
    await kb.retrieve(await deriveFacets(task, kb, parser));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { tasks: tasks.length, loadMs, p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: quantile(times, 1) };
}

if (process.argv[1]?.endsWith('benchRetrieval.ts')) {
  benchRetrieval(process.argv[2], process.argv[3]).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}
