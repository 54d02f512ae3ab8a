// Retrieval latency: p50/p95 ms per task for the full hierarchy (facets + three levels) over the
// gallery tasks and, when the file exists, the dev prompts; plus the time to load the artefact and
// the prebuilt Orama indexes (`loadPhases`: JSON, validation, decoding, Orama load). Wall time is the figure the requirement names; each task's fastest of three
// runs is reported beside it because on a shared, busy machine single runs also measure the other
// processes. `npm run bench` imports benchRetrieval(); run alone with
// `npx tsx scripts/benchRetrieval.ts [public/kb] [../shared/benchmarks/dev-tasks.jsonl]`.
import { existsSync, readFileSync } from 'node:fs';
import { loadKnowledgeBaseFromDisk } from '../src/adapters/orama/loadKnowledgeBaseFromDisk';
import type { LoadPhases } from '../src/core/kbTools/KnowledgeBase';
import { deriveFacets } from '../src/core/facets/deriveFacets';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { taskFromInput } from '../src/core/taskFromInput';
import type { Task } from '../src/core/task/Task';
import { retrieve } from '../src/core/retrieval/retrieve';

export interface RetrievalBench {
  tasks: number;
  kbVersion: string;
  cwes: number;
  loadMs: number;
  loadPhases: LoadPhases;
  /** Wall time per task, facets + retrieval. */
  p50: number;
  p95: number;
  max: number;
  /** Wall p95 of the two halves: deriving facets, and the three retrieval levels. */
  facetsP95: number;
  retrieveP95: number;
  /** Wall p95 over tasks of each task's fastest of three runs: interference from other processes removed. */
  bestOf3P95: number;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 100) / 100
    : 0;
}

export async function benchRetrieval(
  kbDir = 'public/kb',
  devFile = '../shared/benchmarks/dev-tasks.jsonl',
): Promise<RetrievalBench> {
  const t0 = performance.now();
  const loadPhases: LoadPhases = {};
  const kb = await loadKnowledgeBaseFromDisk(kbDir, loadPhases);
  const loadMs = Math.round(performance.now() - t0);
  const tasks: Task[] = kb.tasks.map((t) => ({ id: t.id, language: t.language, kind: t.kind, prompt: t.prompt }));
  if (devFile && existsSync(devFile)) {
    for (const line of readFileSync(devFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim())) {
      const input: unknown = JSON.parse(line);
      if (input && typeof input === 'object' && !Array.isArray(input))
        tasks.push(taskFromInput(Object.fromEntries(Object.entries(input))));
    }
  }
  const parser = nodeParser();
  // Warm-up: JIT, and every grammar the tasks use (grammars load on first use).
  const firstOfLanguage = [...new Map(tasks.map((t) => [t.language, t])).values()];
  for (const task of [...firstOfLanguage, ...tasks.slice(0, 20)])
    await retrieve(kb, await deriveFacets(task, kb, parser));
  const wall: number[] = [];
  const facetsMs: number[] = [];
  const retrieveMs: number[] = [];
  const best: number[] = [];
  for (const task of tasks) {
    let fastest = Infinity;
    const started = performance.now();
    const facets = await deriveFacets(task, kb, parser);
    const mid = performance.now();
    await retrieve(kb, facets);
    const ended = performance.now();
    wall.push(ended - started);
    facetsMs.push(mid - started);
    retrieveMs.push(ended - mid);
    fastest = ended - started;
    for (let r = 0; r < 2; r += 1) {
      const s = performance.now();
      await retrieve(kb, await deriveFacets(task, kb, parser));
      fastest = Math.min(fastest, performance.now() - s);
    }
    best.push(fastest);
  }
  return {
    tasks: tasks.length,
    kbVersion: kb.version,
    cwes: kb.cwes.length,
    loadMs,
    loadPhases,
    p50: quantile(wall, 0.5),
    p95: quantile(wall, 0.95),
    max: quantile(wall, 1),
    facetsP95: quantile(facetsMs, 0.95),
    retrieveP95: quantile(retrieveMs, 0.95),
    bestOf3P95: quantile(best, 0.95),
  };
}

if (process.argv[1]?.endsWith('benchRetrieval.ts')) {
  benchRetrieval(process.argv[2], process.argv[3]).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}
