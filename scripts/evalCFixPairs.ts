// Measures the analyser on the C/C++ fix pairs (src/core/analysis/fixtures/cFixPairs, our own modules):
// `npx tsx scripts/evalCFixPairs.ts [--verbose] [--dir fixtures/cRealPairs]` (`--dir` is relative to src/core/analysis). Prints, per pair, whether the vulnerable side is flagged with its CWE
// (strict / with related) and whether the fixed side gets a counted finding (low-severity hints shown apart).
// `--aggregate-only` prints the totals alone, for a split that is looked at only in aggregate
// (`--dir fixtures/testSuitePairs/check`). `--clean` reads the folder as clean files (no markers) and counts those
// with a counted finding (`--clean --dir fixtures/benchStyleClean`).
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { countedFindings } from '../src/core/analysis/countedFindings';
import { matchesAnyRelated } from '../src/core/cwe/cweHierarchy';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixPairOf, type FixPair } from '../src/core/analysis/fixtures/cFixPairs/fixPairSides';

const verbose = process.argv.includes('--verbose');
const aggregateOnly = process.argv.includes('--aggregate-only');
const parser = nodeParser();

function loadFixPairs(dir: string): FixPair[] {
  return readdirSync(dir)
    .filter((f) => /\.(c|cpp)$/.test(f))
    .sort()
    .map((f) => fixPairOf(f, readFileSync(join(dir, f), 'utf8')));
}

const dirFlag = process.argv.indexOf('--dir');
const subdir = dirFlag >= 0 ? (process.argv[dirFlag + 1] ?? 'fixtures/cFixPairs') : 'fixtures/cFixPairs';
if (process.argv.includes('--clean')) {
  const dir = join(import.meta.dirname, '..', 'src', 'core', 'analysis', subdir);
  const files = readdirSync(dir).filter((f) => /\.(c|cpp)$/.test(f));
  let flagged = 0;
  for (const f of files) {
    const code = readFileSync(join(dir, f), 'utf8');
    const found = countedFindings((await analyzeCode(code, f.endsWith('.cpp') ? 'cpp' : 'c', parser)).findings);
    const high = found.filter((x) => x.severity !== 'low');
    flagged += high.length > 0 ? 1 : 0;
    if (high.length && !aggregateOnly) console.log(`FLAGGED ${f}  ${high.map((x) => `${x.line}:${x.rule}`).join(' ')}`);
  }
  console.log(`clean files ${files.length}: with a counted finding ${flagged}`);
  process.exit(0);
}
const pairs = loadFixPairs(join(import.meta.dirname, '..', 'src', 'core', 'analysis', subdir));
let strict = 0;
let related = 0;
let fixedFlagged = 0;
let fixedFlaggedWithLow = 0;
let apart = 0;
for (const p of pairs) {
  const vuln = countedFindings((await analyzeCode(p.vulnerable, p.language, parser)).findings);
  const fixed = countedFindings((await analyzeCode(p.fixed, p.language, parser)).findings);
  const vCwes = vuln.map((f) => f.cwe);
  const isStrict = vCwes.includes(p.cwe);
  const isRelated = matchesAnyRelated(vCwes, [p.cwe]);
  const fixedHigh = fixed.filter((f) => f.severity !== 'low');
  strict += isStrict ? 1 : 0;
  related += isRelated ? 1 : 0;
  fixedFlagged += fixedHigh.length > 0 ? 1 : 0;
  fixedFlaggedWithLow += fixed.length > 0 ? 1 : 0;
  apart += isRelated && fixedHigh.length === 0 ? 1 : 0;
  if (aggregateOnly) continue;
  const tag = isStrict ? 'strict ' : isRelated ? 'related' : 'missed ';
  console.log(
    `${tag} ${fixedHigh.length ? 'FIXED-FLAGGED' : 'fixed-clean  '} ${p.file} ${p.cwe}` +
      (verbose
        ? `  vuln: ${vuln.map((f) => `${f.line}:${f.rule}`).join(' ')}  fixed: ${fixed.map((f) => `${f.line}:${f.rule}${f.severity === 'low' ? '(low)' : ''}`).join(' ')}`
        : ''),
  );
}
const n = pairs.length;
const pct = (k: number): string => `${((100 * k) / n).toFixed(1)}% (${k}/${n})`;
console.log(
  `pairs ${n}: vulnerable flagged with its CWE strict ${pct(strict)}, with related ${pct(related)}; ` +
    `fixed flagged ${pct(fixedFlagged)} (${pct(fixedFlaggedWithLow)} counting low hints); told apart ${pct(apart)}`,
);
