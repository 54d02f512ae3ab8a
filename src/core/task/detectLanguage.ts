// Guesses a snippet's language: parse it with every grammar, fewest error nodes wins, textual hints break ties.
import { LANGUAGES, type Language } from './Task';
import { matchHints } from './languageHints';
import { languageSpec } from '../languages/registry';

/** Parses code as a language and counts its error nodes; null when no grammar parses that language. */
export type CountErrors = (code: string, language: Language) => Promise<number | null>;

export interface LanguageCandidate {
  language: Language;
  /** ERROR and MISSING nodes when parsed with this language's grammar. */
  errors: number;
  /** Labels of the hints the code matched (see languageHints.ts). */
  hints: string[];
  /** errors minus the hints' weight: lower fits better. */
  score: number;
}

/** Serialisable, so the trace can show why a language was chosen. */
export interface LanguageDetection {
  best: Language | null;
  /** Best first. */
  candidates: LanguageCandidate[];
  /** Characters read: a long input is judged by its start, which keeps detection cheap. */
  sampledChars: number;
}

export const DETECT_SAMPLE_CHARS = 20_000;

export async function detectLanguage(code: string, countErrors: CountErrors): Promise<LanguageDetection> {
  const sample = code.length > DETECT_SAMPLE_CHARS ? cutAtLine(code, DETECT_SAMPLE_CHARS) : code;
  const candidates: LanguageCandidate[] = [];
  if (sample.trim()) {
    for (const language of LANGUAGES) {
      const requires = languageSpec(language).detection.requires;
      if (requires && !requires.test(sample)) continue;
      const errors = await countErrors(sample, language);
      if (errors === null) continue;
      const hints = matchHints(sample, language);
      candidates.push({ language, errors, hints: hints.labels, score: errors - hints.weight });
    }
  }
  // Ties keep LANGUAGES order, so C wins over C++ and JavaScript over TypeScript when nothing tells them apart.
  const order = (l: Language): number => LANGUAGES.indexOf(l);
  candidates.sort((a, b) => a.score - b.score || a.errors - b.errors || order(a.language) - order(b.language));
  return { best: candidates[0]?.language ?? null, candidates, sampledChars: sample.length };
}

/**
 * The language the code more likely is, when it is not `asked`: the best candidate must fit better overall and
 * have no more error nodes than `asked`, so a hint alone never overrules a clean parse.
 */
export function otherLanguage(detection: LanguageDetection, asked: Language): Language | null {
  const best = detection.candidates[0];
  if (!best || best.language === asked) return null;
  const mine = detection.candidates.find((c) => c.language === asked);
  if (!mine) return best.language;
  return best.score < mine.score && best.errors < mine.errors ? best.language : null;
}

function cutAtLine(code: string, limit: number): string {
  const end = code.lastIndexOf('\n', limit);
  return code.slice(0, end > 0 ? end : limit);
}
