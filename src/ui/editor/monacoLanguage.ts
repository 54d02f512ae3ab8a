// Our language names to Monaco's language ids (LanguageSpec.monaco).
import { findLanguageSpec } from '../../core/languages/registry';

export function monacoLanguage(language: string): string {
  return findLanguageSpec(language)?.monaco ?? 'plaintext';
}
