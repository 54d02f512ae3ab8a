// Per language, how our own vulnerable and fixed forms (src/core/analysis/languagePairs/<language>.txt) fare:
// vulnerable forms flagged with their CWE (a counted finding of the CWE or its family, cweFamilies.ts), fixed forms
// flagged with it, and fixed forms with any counted finding. `npx tsx scripts/languagePairs.ts [--misses]`.
// Not a benchmark: the forms were written by us to test the rules; the figure says which shapes are handled.
import { readFileSync } from 'node:fs';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { isCounted } from '../src/core/analysis/countedFindings';
import { sameFamily } from '../src/core/analysis/cweFamilies';
import { parseLanguagePairs } from '../src/core/analysis/languagePairs/parseLanguagePairs';
import type { Language } from '../src/core/task/Task';

const LANGUAGES: Language[] = ['java', 'csharp', 'rust'];

async function main(): Promise<void> {
  const parser = nodeParser();
  const showMisses = process.argv.includes('--misses');
  for (const language of LANGUAGES) {
    const url = new URL(`../src/core/analysis/languagePairs/${language}.txt`, import.meta.url);
    const cases = parseLanguagePairs(readFileSync(url, 'utf8'));
    let vulnerable = 0,
      flagged = 0,
      fixed = 0,
      fixedFlagged = 0,
      fixedAny = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const record = await analyzeCode(c.code, language, parser);
      const counted = record.findings.filter(isCounted);
      const own = counted.some((f) => sameFamily(f.cwe, c.cwe));
      const others = counted.map((f) => `${f.cwe}:${f.rule}`).join(', ');
      if (c.side === 'vulnerable') {
        vulnerable += 1;
        if (own) flagged += 1;
        else misses.push(`  missed ${c.cwe} ${c.what}${others ? ` (reported: ${others})` : ''}`);
      } else {
        fixed += 1;
        if (own) fixedFlagged += 1;
        if (counted.length > 0) fixedAny += 1;
        if (counted.length > 0) misses.push(`  fixed ${c.cwe} ${c.what} flagged: ${others}`);
      }
    }
    console.log(
      `${language}: vulnerable flagged with their CWE ${flagged}/${vulnerable}; ` +
        `fixed flagged with their CWE ${fixedFlagged}/${fixed}, with any finding ${fixedAny}/${fixed}`,
    );
    if (showMisses) for (const m of misses) console.log(m);
  }
}

void main();
