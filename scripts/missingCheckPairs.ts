// Recall on our own missing-check forms (src/core/analysis/missingCheckPairs/<language>.txt): per language, vulnerable
// forms flagged with their CWE family as a counted finding (and as a note), fixed forms flagged with their CWE, fixed
// forms with any counted finding. `npx tsx scripts/missingCheckPairs.ts [--misses]`. Not a benchmark: written by us.
import { readFileSync } from 'node:fs';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { isCounted } from '../src/core/analysis/countedFindings';
import { sameFamily } from '../src/core/analysis/cweFamilies';
import { parseLanguagePairs } from '../src/core/analysis/languagePairs/parseLanguagePairs';
import type { Language } from '../src/core/task/Task';

const LANGUAGES: Language[] = (process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',') as Language[] | undefined) ?? ['python', 'javascript', 'typescript', 'go', 'java', 'php', 'csharp'];
const fileOf = (language: Language): string => (language === 'typescript' ? 'javascript' : language);

async function main(): Promise<void> {
  const parser = nodeParser();
  const showMisses = process.argv.includes('--misses');
  const total = { vulnerable: 0, flagged: 0, noted: 0, fixed: 0, fixedOwn: 0, fixedAny: 0 };
  for (const language of LANGUAGES) {
    const url = new URL(`../src/core/analysis/missingCheckPairs/${fileOf(language)}.txt`, import.meta.url);
    try {
      readFileSync(url);
    } catch {
      continue;
    }
    const row = { vulnerable: 0, flagged: 0, noted: 0, fixed: 0, fixedOwn: 0, fixedAny: 0 };
    const misses: string[] = [];
    for (const c of parseLanguagePairs(readFileSync(url, 'utf8'))) {
      const findings = (await analyzeCode(c.code, language, parser)).findings;
      const counted = findings.filter(isCounted);
      const own = counted.some((f) => sameFamily(f.cwe, c.cwe));
      const note = findings.some((f) => !isCounted(f) && sameFamily(f.cwe, c.cwe));
      const others = counted.map((f) => `${f.cwe}:${f.rule}`).join(', ');
      if (c.side === 'vulnerable') {
        row.vulnerable += 1;
        if (own) row.flagged += 1;
        else if (note) row.noted += 1;
        if (!own)
          misses.push(
            `  missed ${c.cwe} ${c.what}${note ? ' (note only)' : ''}${others ? ` (reported: ${others})` : ''}`,
          );
      } else {
        row.fixed += 1;
        if (own) row.fixedOwn += 1;
        if (counted.length > 0) row.fixedAny += 1;
        if (counted.length > 0) misses.push(`  fixed ${c.cwe} ${c.what} flagged: ${others}`);
      }
    }
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += row[k];
    console.log(
      `${language}: vulnerable flagged ${row.flagged}/${row.vulnerable} (+${row.noted} as notes only); ` +
        `fixed flagged with own CWE ${row.fixedOwn}/${row.fixed}, with any finding ${row.fixedAny}/${row.fixed}`,
    );
    if (showMisses) for (const m of misses) console.log(m);
  }
  console.log(
    `all: vulnerable flagged ${total.flagged}/${total.vulnerable} (+${total.noted} notes only); ` +
      `fixed own ${total.fixedOwn}/${total.fixed}, any ${total.fixedAny}/${total.fixed}`,
  );
}

void main();
