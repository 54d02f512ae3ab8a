import { nodeParser } from '../../src/adapters/node/nodeParser';
import { RULES } from '../../src/core/analysis/ruleRegistry';
import { SCALING_SERIES } from './analyzeScaling';
const lang = (process.argv[2] ?? 'python') as 'python' | 'c';
const code = SCALING_SERIES[lang](20000);
const p = nodeParser();
await p.parse(SCALING_SERIES[lang](200), lang);
const tree = await p.parse(code, lang);
const qs = new Set<string>();
for (const r of RULES) if (r.kind === 'query' && r.languages.includes(lang) && r.query[lang]) qs.add(r.query[lang]!);
const rows: [number, number, string][] = [];
for (const q of qs) {
  const s = process.cpuUsage();
  const m = tree.matches(q);
  const u = process.cpuUsage(s);
  rows.push([(u.user + u.system) / 1000, m.length, q.replace(/\s+/g, ' ').slice(0, 90)]);
}
rows.sort((a, b) => b[0] - a[0]);
console.log(qs.size, 'queries, total', Math.round(rows.reduce((a, b) => a + b[0], 0)));
for (const r of rows.slice(0, 15)) console.log(Math.round(r[0]), r[1], r[2]);
