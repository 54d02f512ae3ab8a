// Pair-slices the knowledge-base examples of the given languages and reports, per language, how
// many parse cleanly, whether every changed line is kept, and how much is cut.
// Usage: npx tsx scripts/evalSlicingKb.ts [kbDir] [--languages csharp,rust] [--hops N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { lineCorrespondence } from '../src/core/slicing/lineCorrespondence';
import { lineCount, slicePair } from '../src/core/slicing/slicePair';
import { isLanguage } from '../src/core/task/Task';

const exampleFile = z.object({
  examples: z
    .array(z.object({ id: z.string(), language: z.string(), vulnerable: z.string(), fixed: z.string() }))
    .default([]),
});

function argValue(flag: string, fallback: string): string {
  const at = process.argv.indexOf(flag);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

interface Row {
  pairs: number;
  parsed: number;
  complete: number;
  removed: number;
  lines: number;
  share: number;
  ms: number;
}

async function main(): Promise<void> {
  const dir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'kb/cwe';
  const languages = argValue('--languages', 'csharp,rust').split(',');
  const hops = Number(argValue('--hops', '2'));
  const parser = nodeParser();
  const table = new Map<string, Row>();
  for (const file of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const { examples } = exampleFile.parse(parse(readFileSync(join(dir, file), 'utf8')));
    for (const ex of examples) {
      if (!languages.includes(ex.language) || !isLanguage(ex.language)) continue;
      const a = await parser.parse(ex.vulnerable, ex.language);
      const b = await parser.parse(ex.fixed, ex.language);
      const started = performance.now();
      const slice = slicePair({ tree: a, code: ex.vulnerable }, { tree: b, code: ex.fixed }, hops);
      const ms = performance.now() - started;
      const parsed = !a.root.hasError && !b.root.hasError;
      a.dispose();
      b.dispose();
      const changes = lineCorrespondence(ex.vulnerable, ex.fixed);
      const keptA = new Set(slice.vulnerable.lines);
      const keptB = new Set(slice.fixed.lines);
      const complete = changes.changedA.every((l) => keptA.has(l)) && changes.changedB.every((l) => keptB.has(l));
      const lines = lineCount(ex.vulnerable) + lineCount(ex.fixed);
      const removed = lines - slice.vulnerable.lines.length - slice.fixed.lines.length;
      if (!complete || !parsed)
        console.error(`${file} ${ex.id}: ${parsed ? '' : 'parse errors '}${complete ? '' : 'changed lines dropped'}`);
      for (const key of [ex.language, 'all']) {
        const row = table.get(key) ?? { pairs: 0, parsed: 0, complete: 0, removed: 0, lines: 0, share: 0, ms: 0 };
        row.pairs += 1;
        row.parsed += parsed ? 1 : 0;
        row.complete += complete ? 1 : 0;
        row.removed += removed;
        row.lines += lines;
        row.share += lines > 0 ? removed / lines : 0;
        row.ms += ms;
        table.set(key, row);
      }
    }
  }
  const pct = (n: number): string => `${(100 * n).toFixed(1)}%`;
  console.log(`hops ${hops}`);
  console.log(
    '| language | pairs | parse cleanly | all changed lines kept | lines removed (mean per pair) | lines removed (pooled) | ms per pair |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const [language, r] of table) {
    console.log(
      `| ${language} | ${r.pairs} | ${r.parsed} | ${pct(r.complete / r.pairs)} | ${pct(r.share / r.pairs)} | ${pct(r.removed / r.lines)} | ${(r.ms / r.pairs).toFixed(1)} |`,
    );
  }
}

void main();
