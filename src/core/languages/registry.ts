// The languages the playground offers: one LanguageSpec each, in menu order. Adding a language is
// its file in this folder plus one line in LANGUAGE_SPECS (docs/languages.md).
import { PlaygroundError } from '../errors';
import { c } from './c';
import { cpp } from './cpp';
import { csharp } from './csharp';
import { go } from './go';
import { java } from './java';
import { javascript } from './javascript';
import type { LanguageSpec } from './LanguageSpec';
import { php } from './php';
import { python } from './python';
import { ruby } from './ruby';
import { rust } from './rust';
import { typescript } from './typescript';

export const LANGUAGE_SPECS = [python, c, cpp, javascript, typescript, java, go, php, csharp, rust, ruby] as const;

/** A language id the playground offers (tasks, traces, the CLI and the knowledge base use these). */
export type Language = (typeof LANGUAGE_SPECS)[number]['id'];

export const LANGUAGES: readonly Language[] = LANGUAGE_SPECS.map((spec) => spec.id);

const BY_ID = new Map<string, LanguageSpec<Language>>(LANGUAGE_SPECS.map((spec) => [spec.id, spec]));

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && BY_ID.has(value);
}

/** The spec of a language, or undefined when it is not offered. */
export function findLanguageSpec(language: string): LanguageSpec<Language> | undefined {
  return BY_ID.get(language);
}

/** The spec of an offered language, or a LANGUAGE_UNSUPPORTED error naming the offered ones. */
export function languageSpec(language: string): LanguageSpec<Language> {
  const spec = BY_ID.get(language);
  if (!spec) throw new PlaygroundError('LANGUAGE_UNSUPPORTED', { detail: unsupportedLanguageMessage(language) });
  return spec;
}

/** The one wording for a language that is not offered (e.g. Kotlin, which has no grammar here). */
export function unsupportedLanguageMessage(language: string): string {
  return `language "${language}" is not offered; offered languages: ${LANGUAGES.join(', ')} (docs/languages.md)`;
}
