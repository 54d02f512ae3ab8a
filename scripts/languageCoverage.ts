// Language-coverage inventory: runs the analyser over our own short vulnerable snippets (scripts/languageCoverage/)
// in C#, PHP, Rust and Java and prints, per language, which probe CWEs are reported (as a finding, only as a
// note, or not at all). `npx tsx scripts/languageCoverage.ts [--misses]`. Not a benchmark: the probes were written
// to show one ordinary shape per CWE, so the table says what the analyser covers, not how well.
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { sameFamily } from '../src/core/analysis/cweFamilies';
import { isCounted } from '../src/core/analysis/countedFindings';
import type { Language } from '../src/core/task/Task';
import type { Probe } from './languageCoverage/Probe';
import { CSHARP_PROBES } from './languageCoverage/probesCsharp';
import { JAVA_PROBES } from './languageCoverage/probesJava';
import { PHP_PROBES } from './languageCoverage/probesPhp';
import { RUST_PROBES } from './languageCoverage/probesRust';

const SETS: [Language, Probe[]][] = [
  ['csharp', CSHARP_PROBES],
  ['php', PHP_PROBES],
  ['rust', RUST_PROBES],
  ['java', JAVA_PROBES],
];

async function main(): Promise<void> {
  const parser = nodeParser();
  const showMisses = process.argv.includes('--misses');
  for (const [language, probes] of SETS) {
    const covered = new Set<string>();
    const noted = new Set<string>();
    const missed: string[] = [];
    for (const probe of probes) {
      const record = await analyzeCode(probe.code, language, parser);
      const hits = record.findings.filter((f) => sameFamily(f.cwe, probe.cwe));
      if (hits.some(isCounted)) covered.add(probe.cwe);
      else if (hits.length > 0) noted.add(probe.cwe);
      else {
        const other = record.findings.map((f) => `${f.cwe}:${f.rule}`).join(', ');
        missed.push(`  ${probe.cwe} ${probe.what}${other ? ` (reported: ${other})` : ''}`);
      }
    }
    const all = [...new Set(probes.map((p) => p.cwe))];
    const num = (c: string): number => Number(c.replace('CWE-', ''));
    const list = (xs: Iterable<string>): string =>
      [...xs]
        .sort((a, b) => num(a) - num(b))
        .map((c) => c.replace('CWE-', ''))
        .join(', ');
    const hit = probes.length - missed.length;
    console.log(`${language}: ${hit}/${probes.length} probes reported; CWEs covered ${covered.size}/${all.length}`);
    console.log(`  covered: ${list(covered)}`);
    if (noted.size > 0) console.log(`  only as a note: ${list([...noted].filter((c) => !covered.has(c)))}`);
    const none = all.filter((c) => !covered.has(c) && !noted.has(c));
    console.log(`  not reported: ${list(none)}`);
    if (showMisses) for (const m of missed) console.log(m);
  }
}

void main();
