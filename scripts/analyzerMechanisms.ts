// What each analyser mechanism adds or removes on a labelled benchmark, per language:
// `npx tsx scripts/analyzerMechanisms.ts BENCHMARK.jsonl`. Each sample is analysed with everything on and then with
// one mechanism off (guards, the low tier, parameter sources; analyzeCode options); the difference is that
// mechanism's effect: counted findings and notes on vulnerable and secure samples, and samples whose verdict
// (any counted finding) it changes. Nothing is written; the output is markdown.
import { existsSync, readFileSync } from 'node:fs';
import { analyzeCode, type AnalyzeOptions } from '../src/core/analysis/analyzeCode';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { isLanguage } from '../src/core/task/Task';
import { countedFindings, notesOf } from '../src/core/analysis/countedFindings';

const MECHANISMS: [name: string, off: AnalyzeOptions][] = [
  ['guards', { guards: false }],
  ['low tier', { lowTier: false }],
  ['parameters', { parameters: false }],
];

interface Effect {
  findings: { vulnerable: number; secure: number };
  notes: { vulnerable: number; secure: number };
  flipped: { vulnerable: number; secure: number };
}

const blank = (): Effect => ({
  findings: { vulnerable: 0, secure: 0 },
  notes: { vulnerable: 0, secure: 0 },
  flipped: { vulnerable: 0, secure: 0 },
});

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

async function main(): Promise<void> {
  const path = process.argv[2];
  if (!path || !existsSync(path)) throw new Error('usage: npx tsx scripts/analyzerMechanisms.ts BENCHMARK.jsonl');
  const parser = nodeParser();
  const effects = new Map<string, Effect>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as Record<string, unknown>;
    if (!isLanguage(raw.language) || typeof raw.code !== 'string' || !parser.supports(raw.language)) continue;
    const side = raw.label === 'vulnerable' ? 'vulnerable' : 'secure';
    const all = (await analyzeCode(raw.code, raw.language, parser)).findings;
    for (const [name, off] of MECHANISMS) {
      const without = (await analyzeCode(raw.code, raw.language, parser, off)).findings;
      const key = `${raw.language}\t${name}`;
      const e = effects.get(key) ?? blank();
      effects.set(key, e);
      e.findings[side] += countedFindings(all).length - countedFindings(without).length;
      e.notes[side] += notesOf(all).length - notesOf(without).length;
      const flagged = countedFindings(all).length > 0;
      if (flagged !== countedFindings(without).length > 0) e.flipped[side] += flagged ? 1 : -1;
    }
  }
  const out = [
    '| language | mechanism | findings on vulnerable | on secure | notes on vulnerable | on secure | vulnerable samples flagged | secure samples flagged |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [key, e] of [...effects].sort()) {
    const [language, name] = key.split('\t');
    out.push(
      `| ${language} | ${name} | ${signed(e.findings.vulnerable)} | ${signed(e.findings.secure)} | ${signed(e.notes.vulnerable)} | ${signed(e.notes.secure)} | ${signed(e.flipped.vulnerable)} | ${signed(e.flipped.secure)} |`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
