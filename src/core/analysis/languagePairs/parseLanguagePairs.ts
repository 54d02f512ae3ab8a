// Reads a language-pairs file (`languagePairs/<language>.txt`): our own vulnerable and fixed forms of the common
// weaknesses of one language. A case starts with `### CWE-N vulnerable|fixed [open] what it shows`; its code runs to
// the next such line. `open` marks a known gap (documented, not yet fixed): a vulnerable form the analyser misses, or
// a fixed form it still flags.
// Pure text in, cases out: the test and scripts/languagePairs.ts read the files themselves.

export interface LanguagePairCase {
  cwe: string;
  side: 'vulnerable' | 'fixed';
  /** A known gap (a missed vulnerable form, a flagged fixed form): listed so the measure stays honest. */
  open: boolean;
  what: string;
  code: string;
}

const HEAD = /^(CWE-\d+) (vulnerable|fixed)( open)? (.+)$/;

export function parseLanguagePairs(text: string): LanguagePairCase[] {
  const cases: LanguagePairCase[] = [];
  for (const block of text.split(/^### /m).slice(1)) {
    const [head = '', ...code] = block.split('\n');
    const m = HEAD.exec(head.trim());
    if (!m) throw new Error(`language pairs: bad case head "${head}"`);
    cases.push({
      cwe: m[1] as string,
      side: m[2] as LanguagePairCase['side'],
      open: Boolean(m[3]),
      what: m[4] as string,
      code: code.join('\n').trim(),
    });
  }
  return cases;
}
