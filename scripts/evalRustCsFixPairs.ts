// Measures the analyser on the Rust and C# fix pairs (src/core/analysis/fixtures/rustFixPairs and csFixPairs, our own
// modules): `npx tsx scripts/evalRustCsFixPairs.ts [--verbose]`. Per pair: is the vulnerable side flagged with its
// CWE (strict / with related), and does the fixed side get a counted finding (low-severity hints shown apart).
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { countedFindings } from '../src/core/analysis/countedFindings';
import { matchesAnyRelated } from '../src/core/cwe/cweHierarchy';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markedPairOf } from '../src/core/analysis/fixtures/cFixPairs/fixPairSides';

const verbose = process.argv.includes('--verbose');
const parser = nodeParser();
const FIXTURES = join(import.meta.dirname, '..', 'src', 'core', 'analysis', 'fixtures');
const SETS = [
  { dir: 'rustFixPairs', language: 'rust' as const },
  { dir: 'csFixPairs', language: 'csharp' as const },
];

for (const { dir, language } of SETS) {
  const files = readdirSync(join(FIXTURES, dir)).sort();
  let strict = 0;
  let related = 0;
  let fixedFlagged = 0;
  let apart = 0;
  for (const file of files) {
    const p = markedPairOf(file, readFileSync(join(FIXTURES, dir, file), 'utf8'), language);
    const vuln = countedFindings((await analyzeCode(p.vulnerable, language, parser)).findings);
    const fixed = countedFindings((await analyzeCode(p.fixed, language, parser)).findings);
    const fixedHigh = fixed.filter((f) => f.severity !== 'low');
    const vCwes = vuln.map((f) => f.cwe);
    const isStrict = vCwes.includes(p.cwe);
    const isRelated = matchesAnyRelated(vCwes, [p.cwe]);
    strict += isStrict ? 1 : 0;
    related += isRelated ? 1 : 0;
    fixedFlagged += fixedHigh.length > 0 ? 1 : 0;
    apart += isRelated && fixedHigh.length === 0 ? 1 : 0;
    const tag = isStrict ? 'strict ' : isRelated ? 'related' : 'missed ';
    const show = (fs: typeof vuln): string =>
      fs.map((f) => `${f.line}:${f.rule}(${f.cwe}${f.severity === 'low' ? ',low' : ''})`).join(' ');
    console.log(
      `${tag} ${fixedHigh.length ? 'FIXED-FLAGGED' : 'fixed-clean  '} ${dir}/${file} ${p.cwe}` +
        (verbose ? `\n    vuln: ${show(vuln)}\n    fixed: ${show(fixed)}` : ''),
    );
  }
  const n = files.length;
  const pct = (k: number): string => `${((100 * k) / n).toFixed(1)}% (${k}/${n})`;
  console.log(
    `${language} pairs ${n}: vulnerable flagged with its CWE strict ${pct(strict)}, with related ${pct(related)}; ` +
      `fixed flagged ${pct(fixedFlagged)}; told apart ${pct(apart)}`,
  );
}
