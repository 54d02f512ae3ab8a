// The language code is read as: chosen for pasted code (picked or detected), or checked after a failed parse.
import type { Language } from './Task';
import type { LanguageDetection } from './detectLanguage';

/** The user's choice in "Check my own code". */
export type ProvidedLanguage = Language | 'auto';

/** Recorded by the facets stage when the run checks pasted code: the language every later stage reads it as. */
export interface CodeLanguage {
  language: Language;
  /** 'task': nothing could be detected, so the task's language was kept. */
  source: 'picked' | 'detected' | 'task';
  detection?: LanguageDetection;
}

/** Recorded by the analysis stage when the code did not parse as the language asked for. */
export interface LanguageCheck {
  asked: Language;
  /** A language the code fits clearly better, or null when none does. */
  likely: Language | null;
  detection: LanguageDetection;
}
