// Measures the analyser on the Python fix-style modules (src/core/analysis/fixtures/pyFixStylePairs, our own code):
// `npx tsx scripts/evalPyFixStyle.ts [develop|check|clean] [--aggregate-only]`. For a pair folder it prints, per
// pair, whether the vulnerable module is flagged with its CWE (strict / with related) and the counted findings on
// the fixed module; for `clean` (fixtures/pyFixStyleClean) the counted findings per module. Counted findings only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { countedFindings } from '../src/core/analysis/countedFindings';
import { matchesAnyRelated } from '../src/core/cwe/cweHierarchy';

const which = process.argv[2] ?? 'develop';
const aggregateOnly = process.argv.includes('--aggregate-only');
const FIXTURES = join(import.meta.dirname, '..', 'src', 'core', 'analysis', 'fixtures');
const parser = nodeParser();

async function counted(file: string): Promise<{ line: number; rule: string; cwe: string }[]> {
  return countedFindings((await analyzeCode(readFileSync(file, 'utf8'), 'python', parser)).findings);
}

const show = (found: { line: number; rule: string }[]): string => found.map((f) => `${f.line}:${f.rule}`).join(' ');
const pct = (k: number, n: number): string => `${((100 * k) / n).toFixed(1)}% (${k}/${n})`;

if (which === 'clean') {
  const dir = join(FIXTURES, 'pyFixStyleClean');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort();
  let flagged = 0;
  for (const f of files) {
    const found = await counted(join(dir, f));
    flagged += found.length > 0 ? 1 : 0;
    if (found.length && !aggregateOnly) console.log(`FLAGGED ${f}  ${show(found)}`);
  }
  console.log(`clean modules ${files.length}: with a counted finding ${pct(flagged, files.length)}`);
} else {
  const dir = join(FIXTURES, 'pyFixStylePairs', which);
  const pairs = readdirSync(dir)
    .filter((f) => f.endsWith('.vulnerable.py'))
    .map((f) => f.replace(/\.vulnerable\.py$/, ''))
    .sort();
  let strict = 0;
  let related = 0;
  let fixedFlagged = 0;
  let apart = 0;
  for (const pair of pairs) {
    const cwe = `CWE-${Number(/^cwe(\d+)_/.exec(pair)?.[1])}`;
    const vuln = await counted(join(dir, `${pair}.vulnerable.py`));
    const fixed = await counted(join(dir, `${pair}.fixed.py`));
    const isStrict = vuln.some((f) => f.cwe === cwe);
    const isRelated = matchesAnyRelated(
      vuln.map((f) => f.cwe),
      [cwe],
    );
    strict += isStrict ? 1 : 0;
    related += isRelated ? 1 : 0;
    fixedFlagged += fixed.length > 0 ? 1 : 0;
    apart += isRelated && fixed.length === 0 ? 1 : 0;
    if (aggregateOnly) continue;
    const tag = isStrict ? 'strict ' : isRelated ? 'related' : 'missed ';
    console.log(
      `${tag} ${fixed.length ? 'FIXED-FLAGGED' : 'fixed-clean  '} ${pair}  vuln: ${show(vuln)}  fixed: ${show(fixed)}`,
    );
  }
  const n = pairs.length;
  console.log(
    `${which} pairs ${n}: vulnerable flagged with its CWE strict ${pct(strict, n)}, with related ${pct(related, n)}; ` +
      `fixed flagged ${pct(fixedFlagged, n)}; told apart ${pct(apart, n)}`,
  );
}
