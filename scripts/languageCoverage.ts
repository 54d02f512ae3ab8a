// Language-coverage inventory: runs the analyser over our own short vulnerable snippets (scripts/languageCoverage/<language>.txt)
// in C#, PHP, Rust and Java and prints, per language, which probe CWEs are reported (as a finding, only as a
// note, or not at all). `npx tsx scripts/languageCoverage.ts [--misses]`. Not a benchmark: the probes were written
// to show one ordinary shape per CWE, so the table says what the analyser covers, not how well.
import { readFileSync } from 'node:fs';
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { sameFamily } from '../src/core/analysis/cweFamilies';
import { isCounted } from '../src/core/analysis/countedFindings';
import type { Language } from '../src/core/task/Task';

/** One probe: the CWE its snippet shows, a few words on what it does, and the code. */
interface Probe {
  cwe: string;
  what: string;
  code: string;
}

const LANGUAGES: Language[] = ['csharp', 'php', 'rust', 'java'];

/** `scripts/languageCoverage/<language>.txt`: `### CWE-N what` lines, each followed by its code; `#` lines before the first are comments. */
function readProbes(language: Language): Probe[] {
  const text = readFileSync(new URL(`./languageCoverage/${language}.txt`, import.meta.url), 'utf8');
  const probes: Probe[] = [];
  for (const block of text.split(/^### /m).slice(1)) {
    const [head = '', ...code] = block.split('\n');
    const [cwe = '', ...what] = head.split(' ');
    probes.push({ cwe, what: what.join(' '), code: code.join('\n').trim() });
  }
  return probes;
}

async function main(): Promise<void> {
  const parser = nodeParser();
  const showMisses = process.argv.includes('--misses');
  for (const language of LANGUAGES) {
    const probes = readProbes(language);
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
