// Our own benchmark-style forms of weaknesses that are a *missing* check (issue 12, missing-check round): a function
// under test with its imports and a helper, per language (`<language>.txt` beside this file, read by
// parseLanguagePairs). Every vulnerable form is flagged with its CWE (or a family member, cweFamilies.ts) as a
// counted finding; no fixed form (the fix, or a clean twin that is secure for another reason, named "clean:") has a
// counted finding of its CWE. Forms marked `open` are known gaps, expected as gaps so the list stays honest.
import { readFileSync } from 'node:fs';
import type { Language } from '../../task/Task';
import { describeLanguagePairs } from '../languagePairs/languagePairsTestKit';

export const MISSING_CHECK_LANGUAGES: Language[] = [
  'python',
  'javascript',
  'typescript',
  'go',
  'java',
  'php',
  'csharp',
];

/** TypeScript shares the JavaScript forms (`javascript.txt` is valid TypeScript). */
const fileOf = (language: Language): string => (language === 'typescript' ? 'javascript' : language);

for (const language of MISSING_CHECK_LANGUAGES)
  describeLanguagePairs(
    `${language} missing-check forms`,
    language,
    readFileSync(new URL(`./${fileOf(language)}.txt`, import.meta.url), 'utf8'),
  );
