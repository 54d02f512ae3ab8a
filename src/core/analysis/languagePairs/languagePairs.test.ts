// Our own vulnerable and fixed forms of the common weaknesses in Java, C# and Rust (`<language>.txt` beside this
// file): every vulnerable form is flagged with its CWE (or a family member, cweFamilies.ts) as a counted finding, and
// no fixed form has a counted finding of its CWE. Forms marked `open` are known gaps (a miss, or a fixed form still
// flagged), listed so the measure in scripts/languagePairs.ts stays honest; the test expects the gap, so closing one
// means removing its mark.
import { readFileSync } from 'node:fs';
import type { Language } from '../../task/Task';
import { describeLanguagePairs } from './languagePairsTestKit';

const LANGUAGES: Language[] = ['java', 'csharp', 'rust'];

for (const language of LANGUAGES)
  describeLanguagePairs(
    `${language} weakness forms`,
    language,
    readFileSync(new URL(`./${language}.txt`, import.meta.url), 'utf8'),
  );
