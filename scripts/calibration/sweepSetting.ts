// Top-1 / top-4 of the default retrieval under settings overrides, per language and on each half of
// the tasks (even / odd positions), for choosing one tuned constant with a two-fold check: pick the
// value on one half, read its figure on the other. Usage:
// npx tsx scripts/calibration/sweepSetting.ts TASKS.jsonl '{"languagePriorVote":0}' '{"languagePriorVote":0.5}' ... [--kb-dir public/kb]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/adapters/orama/loadKnowledgeBase';
import { loadLabelled } from '../evalRetrieval';
import { retrieve } from '../../src/core/retrieval/retrieve';
import type { RetrievalSettings } from '../../src/core/retrieval/retrievalSettings';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--kb-dir');
const kbDir = dirAt >= 0 ? args.splice(dirAt, 2)[1]! : 'public/kb';
const [file, ...variants] = args;
const kb = await loadKnowledgeBase(readFileSync(join(kbDir, 'knowledge.json'), 'utf8'));
const tasks = await loadLabelled(file!, kb);
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '-');
const languages = [...new Set(tasks.map((t) => t.facets.language))].sort();
console.log(`| settings | all | even | odd | ${languages.join(' | ')} |`);
for (const variant of variants) {
  const settings = JSON.parse(variant) as Partial<RetrievalSettings>;
  const groups = new Map<string, [number, number, number]>();
  const count = (key: string, h1: boolean, h4: boolean): void => {
    const g = groups.get(key) ?? [0, 0, 0];
    groups.set(key, [g[0] + Number(h1), g[1] + Number(h4), g[2] + 1]);
  };
  for (const [i, t] of tasks.entries()) {
    const order = (await retrieve(kb, t.facets, { settings })).cwes.map((c) => c.id);
    const h1 = order.slice(0, 1).some((id) => t.cwes.includes(id));
    const h4 = order.slice(0, 4).some((id) => t.cwes.includes(id));
    for (const key of ['all', i % 2 === 0 ? 'even' : 'odd', t.facets.language]) count(key, h1, h4);
  }
  const cell = (key: string): string => {
    const g = groups.get(key) ?? [0, 0, 0];
    return `${pct(g[0], g[2])} / ${pct(g[1], g[2])}`;
  };
  console.log(`| ${variant} | ${['all', 'even', 'odd', ...languages].map(cell).join(' | ')} |`);
}
