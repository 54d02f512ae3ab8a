// Default-retrieval CWE recall per broad weakness group (injection, memory safety, access control...) on a
// labelled task file, so a hold-out estimate can say where retrieval misses without showing any task.
// A task counts in the group of its first label. Usage:
// npx tsx scripts/holdout/recallByWeaknessGroup.ts holdout/tasks.jsonl [--kb-dir public/kb]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/adapters/orama/loadKnowledgeBase';
import { sameOrRelated } from '../../src/core/cwe/cweHierarchy';
import { retrieve } from '../../src/core/retrieval/retrieve';
import { loadLabelled } from '../evalRetrieval';

/** Broad groups by the kind of mistake, not by how retrieval treats them; a label not listed is "other". */
export const WEAKNESS_GROUPS: Record<string, readonly number[]> = {
  'injection into an interpreter (78, 88, 89, 90, 94, 95, 98, 643, 943, 1336)': [
    78, 88, 89, 90, 94, 95, 98, 643, 943, 1336,
  ],
  'web output, redirects, sessions, errors and logs (79, 117, 209, 352, 384, 532, 601, 614, 1004)': [
    79, 117, 209, 352, 384, 532, 601, 614, 1004,
  ],
  'files and paths (22, 367, 377, 434, 732)': [22, 367, 377, 434, 732],
  'parsing untrusted data (502, 611, 918, 1321, 1333)': [502, 611, 918, 1321, 1333],
  'memory safety and arithmetic (119, 120, 125, 134, 190, 242, 369, 401, 415, 416, 476, 676, 681, 787, 789)': [
    119, 120, 125, 134, 190, 242, 369, 401, 415, 416, 476, 676, 681, 787, 789,
  ],
  'crypto, randomness and secrets (208, 295, 327, 328, 330, 338, 347, 798, 916)': [
    208, 295, 327, 328, 330, 338, 347, 798, 916,
  ],
  'authentication and access control (287, 306, 639, 807, 862, 863)': [287, 306, 639, 807, 862, 863],
  'resources and concurrency (362, 400, 770)': [362, 400, 770],
};

export function weaknessGroup(cwe: string): string {
  const n = Number(/^CWE-(\d+)$/.exec(cwe)?.[1]);
  return Object.entries(WEAKNESS_GROUPS).find(([, ids]) => ids.includes(n))?.[0] ?? 'other';
}

async function main(file: string, kbDir: string): Promise<void> {
  const kb = await loadKnowledgeBase(readFileSync(join(kbDir, 'knowledge.json'), 'utf8'));
  const tally = new Map<string, { n: number; top1: number; top4: number; top4Related: number }>();
  for (const task of await loadLabelled(file, kb)) {
    const order = (await retrieve(kb, task.facets)).cwes.map((c) => c.id);
    const hit = (k: number): boolean => order.slice(0, k).some((id) => task.cwes.includes(id));
    const near = order.slice(0, 4).some((id) => task.cwes.some((l) => sameOrRelated(id, l)));
    const group = weaknessGroup(task.cwes[0] ?? '');
    const t = tally.get(group) ?? { n: 0, top1: 0, top4: 0, top4Related: 0 };
    tally.set(group, {
      n: t.n + 1,
      top1: t.top1 + +hit(1),
      top4: t.top4 + +hit(4),
      top4Related: t.top4Related + +near,
    });
  }
  const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`;
  const lines = ['| weakness group (first label) | n | top-1 | top-4 | top-4 with related |', '|---|---|---|---|---|'];
  for (const [group, t] of [...tally].sort((a, b) => b[1].n - a[1].n))
    lines.push(`| ${group} | ${t.n} | ${pct(t.top1, t.n)} | ${pct(t.top4, t.n)} | ${pct(t.top4Related, t.n)} |`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('recallByWeaknessGroup.ts')) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--kb-dir');
  const kbDir = at >= 0 ? (args.splice(at, 2)[1] ?? 'public/kb') : 'public/kb';
  if (!args[0]) {
    process.stderr.write('usage: npx tsx scripts/holdout/recallByWeaknessGroup.ts TASKS.jsonl [--kb-dir public/kb]\n');
    process.exit(2);
  }
  await main(args[0], kbDir);
}
