// Languages whose code and advice are interchangeable for retrieval (C advice applies to C++, JS to TS):
// LanguageSpec.family.
import { findLanguageSpec } from '../languages/registry';

export function languageFamily(language: string): string {
  return findLanguageSpec(language)?.family ?? language;
}
