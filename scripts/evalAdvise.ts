// Measures advisory retrieval from code: on the vulnerable samples of a labelled code file
// (JSON Lines {id, language, cwe, label, code}), how often an advisory of the labelled CWE is in
// the top k (default 5), per language, over samples whose CWE the advisories cover (any language)
// and over all. Exact CWE is the headline; "family" also accepts a direct relative (MITRE parent, child or
// declared sibling, src/core/cwe). Like the revision stage, the analyser's findings on each sample
// are fused into the ranking (fuseFindingFacet); --bm25-only leaves them out, --no-prior drops the Top 25
// prior and --no-family the family agreement (rankByCwe): the ablations.
// Usage: npx tsx scripts/evalAdvise.ts FILE [--k 5] [--misses] [--bm25-only] [--no-prior] [--no-family]
import { readFileSync } from 'node:fs';
import { validateKbSources } from '../src/core/kbTools/validateKbSources';
import { readKbSourceFiles } from '../src/adapters/node/buildFromDir';
import { createAdvisor, advisoryDocument } from '../src/core/revision/createAdvisor';
import { createOramaAdvisoryIndex } from '../src/adapters/orama/createOramaAdvisoryIndex';
import { sameOrRelated } from '../src/core/cwe/cweHierarchy';
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { isLanguage } from '../src/core/task/Task';

interface Sample {
  id: string;
  language: string;
  cwes: string[];
  code: string;
}
interface Tally {
  n: number;
  exact: number;
  family: number;
  covered: number;
  coveredExact: number;
  coveredFamily: number;
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const k = Number(args[args.indexOf('--k') + 1]) > 0 && args.includes('--k') ? Number(args[args.indexOf('--k') + 1]) : 5;
if (!file) {
  process.stderr.write(
    'usage: npx tsx scripts/evalAdvise.ts ../shared/benchmarks/dev-code.jsonl [--k 5] [--misses] [--bm25-only] [--no-prior] [--no-family]\n',
  );
  process.exit(2);
}

function samples(path: string): Sample[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((line) => {
      const row: unknown = JSON.parse(line);
      if (typeof row !== 'object' || row === null) return [];
      const r = Object.fromEntries(Object.entries(row));
      if (r.label !== 'vulnerable' || typeof r.code !== 'string' || typeof r.language !== 'string') return [];
      const cwes = (Array.isArray(r.cwe) ? r.cwe : [r.cwe]).filter((c): c is string => typeof c === 'string');
      return [{ id: String(r.id), language: r.language, cwes, code: r.code }];
    });
}

const advisories = validateKbSources(readKbSourceFiles('kb')).advisories;
const options = { prior: !args.includes('--no-prior'), family: !args.includes('--no-family') };
const advisor = createAdvisor(advisories, await createOramaAdvisoryIndex(advisories.map(advisoryDocument)), options);
const coveredCwes = new Set(advisories.map((a) => a.cwe));
const tallies = new Map<string, Tally>();
const misses: string[] = [];
const withFindings = !args.includes('--bm25-only');
const parser = nodeParser();
/** The CWEs our analyser reports in the sample (none with --bm25-only or for a language it cannot read). */
async function findingCwes(s: Sample): Promise<string[]> {
  if (!withFindings || !isLanguage(s.language)) return [];
  return [...new Set((await analyzeCode(s.code, s.language, parser)).findings.map((f) => f.cwe))];
}
let adviseMs = 0;
const rows = samples(file);
for (const s of rows) {
  const cwes = await findingCwes(s);
  const t0 = performance.now();
  const hits = await advisor.advise(s.code, s.language, k, cwes);
  adviseMs += performance.now() - t0;
  const exact = hits.some((h) => s.cwes.includes(h.cwe));
  const family = hits.some((h) => s.cwes.some((c) => sameOrRelated(h.cwe, c)));
  const covered = s.cwes.some((c) => coveredCwes.has(c));
  for (const key of [s.language, 'all']) {
    const t = tallies.get(key) ?? { n: 0, exact: 0, family: 0, covered: 0, coveredExact: 0, coveredFamily: 0 };
    t.n += 1;
    t.exact += Number(exact);
    t.family += Number(family);
    if (covered) {
      t.covered += 1;
      t.coveredExact += Number(exact);
      t.coveredFamily += Number(family);
    }
    tallies.set(key, t);
  }
  if (covered && !exact) misses.push(`${s.id} ${s.language} ${s.cwes.join(',')} -> ${hits.map((h) => h.id).join(' ')}`);
}
const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : '–');
const out = [
  `Advisories: ${advisories.length} covering ${coveredCwes.size} CWEs; ${rows.length} vulnerable samples; top ${k}; ${withFindings ? 'BM25 fused with findings' : 'BM25 only'}; Top 25 prior ${options.prior ? 'on' : 'off'}; family agreement ${options.family ? 'on' : 'off'}; ${(adviseMs / Math.max(1, rows.length)).toFixed(1)} ms advice per sample.`,
  '',
  `| language | CWE covered: labelled CWE in top ${k} | covered: same family in top ${k} | all samples: labelled CWE in top ${k} | covered / all |`,
  '|---|---|---|---|---|',
  ...[...tallies.entries()]
    .sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))
    .map(
      ([lang, t]) =>
        `| ${lang} | ${pct(t.coveredExact, t.covered)} | ${pct(t.coveredFamily, t.covered)} | ${pct(t.exact, t.n)} | ${t.covered} / ${t.n} |`,
    ),
];
process.stdout.write(`${out.join('\n')}\n`);
if (args.includes('--misses'))
  process.stdout.write(`\nMisses (covered, labelled CWE not in top ${k}):\n${misses.join('\n')}\n`);
