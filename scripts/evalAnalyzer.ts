// Measures the analyser (and Bandit, on Python) on a labelled code benchmark given by path:
// `npx tsx scripts/evalAnalyzer.ts ../shared/benchmarks/dev-code.jsonl [--no-bandit] [--per-cwe]`.
// Prints markdown tables and rewrites the block between the eval markers in docs/analyzer.md. Recall is counted
// strictly (the labelled id) and with related CWEs (a MITRE parent, child or declared sibling, src/core/cwe).
// `--per-cwe` also prints, per language, recall for each labelled CWE (stdout only; the docs block is unchanged).
// `--print-only` leaves docs/analyzer.md alone (for any other file of the same schema, e.g. the hold-out corpus).
// `--pairs-from A,B` names the sources whose `pair` values are before/after fixes (default SVEN,holdout).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { isLanguage, type Language } from '../src/core/task/Task';
import { banditCwes } from './banditCompare';
import { perCweTable } from './perCweRecall';
import { matchesAnyRelated } from '../src/core/cwe/cweHierarchy';

/** Strict: a found CWE is the labelled id itself. */
const matchesExactly = (found: readonly string[], labels: readonly string[]): boolean =>
  found.some((f) => labels.includes(f));
import { countedFindings, notesOf } from '../src/core/analysis/countedFindings';

interface Sample {
  id: string;
  source: string;
  language: Language;
  labels: string[];
  vulnerable: boolean;
  code: string;
  pair?: string;
}
interface Scored extends Sample {
  /** CWEs of the findings that count (tier 'finding'); notes are kept apart and counted in no rate. */
  found: string[];
  notes?: number;
}

function load(path: string): Sample[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((line) => {
      const raw = JSON.parse(line) as Record<string, unknown>;
      if (!isLanguage(raw.language) || typeof raw.code !== 'string') return [];
      const labels = (Array.isArray(raw.cwe) ? raw.cwe : [raw.cwe]).filter((c): c is string => typeof c === 'string');
      return [
        {
          id: String(raw.id),
          source: String(raw.source),
          language: raw.language,
          labels,
          vulnerable: raw.label === 'vulnerable',
          code: raw.code,
          ...(typeof raw.pair === 'string' || typeof raw.pair === 'number' ? { pair: String(raw.pair) } : {}),
        },
      ];
    });
}

const flagValue = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** Sources whose `pair` values join the two sides of one fix; CWEval's pairs are separate solutions. */
const PAIR_SOURCES = new Set((flagValue('--pairs-from') ?? 'SVEN,holdout').split(','));

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);

function table(title: string, rows: Scored[], byLanguage: boolean): string {
  const groups = new Map<string, Scored[]>();
  for (const r of rows) {
    const key = byLanguage ? r.language : 'python';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const pairName = [...new Set(rows.filter((r) => PAIR_SOURCES.has(r.source) && r.pair).map((r) => r.source))]
    .sort()
    .join('/');
  const lines = [
    `### ${title}`,
    '',
    `| language | vulnerable flagged (any) | labelled CWE found, strict | labelled CWE found, with related | secure flagged (false positives) | ${pairName || 'SVEN'} pairs told apart, strict | ${pairName || 'SVEN'} pairs told apart, with related |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const [language, group] of [...groups].sort()) {
    const vul = group.filter((r) => r.vulnerable);
    const sec = group.filter((r) => !r.vulnerable);
    const pairs = new Map<string, Scored[]>();
    for (const r of group)
      if (PAIR_SOURCES.has(r.source) && r.pair) pairs.set(r.pair, [...(pairs.get(r.pair) ?? []), r]);
    const complete = [...pairs.values()].filter(
      (p) => p.length === 2 && p.some((r) => r.vulnerable) && p.some((r) => !r.vulnerable),
    );
    const apart = (match: typeof matchesExactly): number =>
      complete.filter((p) => {
        const v = p.find((r) => r.vulnerable)!;
        const s = p.find((r) => !r.vulnerable)!;
        return match(v.found, v.labels) && !match(s.found, s.labels);
      }).length;
    const found = (match: typeof matchesExactly): string =>
      pct(vul.filter((r) => match(r.found, r.labels)).length, vul.length);
    lines.push(
      `| ${language} | ${pct(vul.filter((r) => r.found.length > 0).length, vul.length)} | ${found(matchesExactly)} | ${found(matchesAnyRelated)} | ${pct(sec.filter((r) => r.found.length > 0).length, sec.length)} | ${pct(apart(matchesExactly), complete.length)} | ${pct(apart(matchesAnyRelated), complete.length)} |`,
    );
  }
  return lines.join('\n');
}

/** Notes per language: shown to the user, left out of every rate above. */
function noteTable(rows: Scored[]): string {
  const lines = ['| language | notes on vulnerable samples | notes on secure samples |', '|---|---|---|'];
  for (const language of [...new Set(rows.map((r) => r.language))].sort()) {
    const group = rows.filter((r) => r.language === language);
    const count = (vulnerable: boolean): number =>
      group.filter((r) => r.vulnerable === vulnerable).reduce((n, r) => n + (r.notes ?? 0), 0);
    lines.push(`| ${language} | ${count(true)} | ${count(false)} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const path = process.argv[2];
  if (!path || !existsSync(path))
    throw new Error('usage: npx tsx scripts/evalAnalyzer.ts BENCHMARK.jsonl [--no-bandit]');
  const samples = load(path);
  const parser = nodeParser();
  const started = performance.now();
  const ours: Scored[] = [];
  for (const s of samples) {
    if (!parser.supports(s.language)) continue;
    const record = await analyzeCode(s.code, s.language, parser);
    ours.push({
      ...s,
      found: countedFindings(record.findings).map((f) => f.cwe),
      notes: notesOf(record.findings).length,
    });
  }
  const ms = performance.now() - started;
  const parts = [
    `Benchmark: \`${path.replace(/^.*\/(benchmarks\/)/, '$1')}\`, ${ours.length} samples, analysed in ${(ms / 1000).toFixed(1)} s (${(ms / Math.max(1, ours.length)).toFixed(1)} ms per sample, one Node process).`,
    '',
    table('Our analyser (all languages)', ours, true),
    '',
    noteTable(ours),
    '',
    table(
      'Our analyser, Python only',
      ours.filter((r) => r.language === 'python'),
      false,
    ),
  ];
  if (!process.argv.includes('--no-bandit')) {
    const python = samples.filter((s) => s.language === 'python');
    const found = banditCwes(python.map((s) => s.code));
    const bandit = python.map((s, i) => ({ ...s, found: found[i] ?? [] }));
    parts.push('', table('Bandit (Debian 1.6.2, all severities), Python only', bandit, false));
  }
  const report = parts.join('\n');
  process.stdout.write(`${report}\n`);
  if (process.argv.includes('--per-cwe'))
    for (const language of [...new Set(ours.map((r) => r.language))].sort())
      process.stdout.write(`\n${perCweTable(ours, language)}\n`);
  const doc = 'docs/analyzer.md';
  if (existsSync(doc) && !process.argv.includes('--print-only')) {
    const text = readFileSync(doc, 'utf8');
    const next = text.replace(
      /<!-- eval:start -->[\s\S]*<!-- eval:end -->/,
      `<!-- eval:start -->\n${report}\n<!-- eval:end -->`,
    );
    writeFileSync(doc, next);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
