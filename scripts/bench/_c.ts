import { Parser, Language, Query } from 'web-tree-sitter';
import { RULES } from '../../src/core/analysis/ruleRegistry';
import { callQuery } from '../../src/core/analysis/callInfo';
import { grammarFor } from '../../src/adapters/treesitter/grammars';
import { SCALING_SERIES } from './analyzeScaling';
import { readFileSync } from 'node:fs';
const lang = (process.argv[2] ?? 'python') as 'python' | 'c';
const src = process.argv[3] ? readFileSync(process.argv[3], 'utf8') : SCALING_SERIES[lang](20000);
await Parser.init();
const g = grammarFor(lang)!;
const L = await Language.load('public/wasm/' + g.file);
const p = new Parser(); p.setLanguage(L);
const tree = p.parse(src)!;
const qs = new Set<string>([callQuery(lang)]);
for (const r of RULES) if (r.kind === 'query' && r.languages.includes(lang) && r.query[lang]) qs.add(r.query[lang]!);
const list = [...qs];
const sig = (m: any) => m.captures.map((c: any) => `${c.name}@${c.node.startIndex}-${c.node.endIndex}`).join(',');
let t = process.cpuUsage();
const single = list.map((q) => new Query(L, q).matches(tree.rootNode).map(sig));
let u = process.cpuUsage(t); console.log('single', (u.user + u.system) / 1000);
t = process.cpuUsage();
const counts = list.map((q) => new Query(L, q).patternCount());
const all = new Query(L, list.join('\n'));
const groups: string[][] = list.map(() => []);
const offsets: number[] = []; let o = 0; for (const c of counts) { offsets.push(o); o += c; }
const cursorMatches = all.matches(tree.rootNode);
for (const m of cursorMatches) {
  let gi = 0; while (gi + 1 < offsets.length && offsets[gi + 1]! <= m.patternIndex) gi++;
  groups[gi]!.push(sig(m));
}
u = process.cpuUsage(t); console.log('combined', (u.user + u.system) / 1000, all.didExceedMatchLimit());
let diff = 0;
list.forEach((q, i) => { if (single[i]!.join(';') !== groups[i]!.join(';')) { diff++; console.log('DIFF', single[i]!.length, groups[i]!.length, q.slice(0, 80)); } });
console.log(list.length, 'queries', diff, 'differ');
