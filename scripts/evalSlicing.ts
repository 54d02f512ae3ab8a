// Measures pair slicing on a benchmark's before/after fix pairs: are all changed lines kept, how
// much is cut, how long it takes. Usage: npx tsx scripts/evalSlicing.ts FILE.jsonl [--hops N] [--source SVEN]
import { readFileSync } from 'node:fs';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { isLanguage, type Language } from '../src/core/task/Task';
import { lineCorrespondence } from '../src/core/slicing/lineCorrespondence';
import { lineCount, slicePair } from '../src/core/slicing/slicePair';

interface Sample {
  id: string;
  source: string;
  language: Language;
  label: string;
  code: string;
  pair: string;
}

function argValue(flag: string, fallback: string): string {
  const at = process.argv.indexOf(flag);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function readPairs(file: string, source: string): [Sample, Sample][] {
  const groups = new Map<string, Sample[]>();
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const row: unknown = JSON.parse(raw);
    if (typeof row !== 'object' || row === null) continue;
    const r = row as Record<string, unknown>;
    if (r.source !== source || typeof r.pair !== 'string' || !isLanguage(r.language) || typeof r.code !== 'string')
      continue;
    const sample: Sample = {
      id: String(r.id),
      source,
      language: r.language,
      label: String(r.label),
      code: r.code,
      pair: r.pair,
    };
    groups.set(sample.pair, [...(groups.get(sample.pair) ?? []), sample]);
  }
  const pairs: [Sample, Sample][] = [];
  for (const group of groups.values()) {
    const vulnerable = group.find((s) => s.label === 'vulnerable');
    const secure = group.find((s) => s.label === 'secure');
    if (vulnerable && secure) pairs.push([vulnerable, secure]);
  }
  return pairs;
}

interface Row {
  pairs: number;
  complete: number;
  removed: number;
  lines: number;
  kept: number;
  ms: number;
  maxMs: number;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npx tsx scripts/evalSlicing.ts FILE.jsonl [--hops N] [--source SVEN]');
  const hops = Number(argValue('--hops', '2'));
  const source = argValue('--source', 'SVEN');
  const parser = nodeParser();
  const table = new Map<string, Row>();
  for (const [vulnerable, secure] of readPairs(file, source)) {
    const a = await parser.parse(vulnerable.code, vulnerable.language);
    const b = await parser.parse(secure.code, secure.language);
    const started = performance.now();
    const slice = slicePair({ tree: a, code: vulnerable.code }, { tree: b, code: secure.code }, hops);
    const ms = performance.now() - started;
    a.dispose();
    b.dispose();
    const changes = lineCorrespondence(vulnerable.code, secure.code);
    const keptA = new Set(slice.vulnerable.lines);
    const keptB = new Set(slice.fixed.lines);
    const complete = changes.changedA.every((l) => keptA.has(l)) && changes.changedB.every((l) => keptB.has(l));
    for (const key of [vulnerable.language, 'all']) {
      const row = table.get(key) ?? { pairs: 0, complete: 0, removed: 0, lines: 0, kept: 0, ms: 0, maxMs: 0 };
      row.pairs += 1;
      row.complete += complete ? 1 : 0;
      row.removed += slice.reduction;
      row.kept += slice.vulnerable.lines.length + slice.fixed.lines.length;
      row.lines += lineCount(vulnerable.code) + lineCount(secure.code);
      row.ms += ms;
      row.maxMs = Math.max(row.maxMs, ms);
      table.set(key, row);
    }
  }
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  console.log(
    `| language | pairs | all changed lines kept | lines removed (mean per pair) | lines removed (pooled) | ms per pair (mean / max) |`,
  );
  console.log(`|---|---|---|---|---|---|`);
  for (const [language, row] of table) {
    console.log(
      `| ${language} | ${row.pairs} | ${pct(row.complete / row.pairs)} | ${pct(row.removed / row.pairs)} | ${pct(1 - row.kept / row.lines)} | ${(row.ms / row.pairs).toFixed(1)} / ${row.maxMs.toFixed(0)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
