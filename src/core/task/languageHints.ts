// The language's name for messages, and the detection hints a snippet matches (data in core/languages/<id>.ts).
import type { Language } from './Task';
import { languageSpec } from '../languages/registry';

/** The name people call the language by, for messages ("looks like Python"). */
export function languageName(language: Language): string {
  return languageSpec(language).name;
}

/** The hint labels a snippet matches for one language, and their total weight. */
export function matchHints(code: string, language: Language): { labels: string[]; weight: number } {
  const labels: string[] = [];
  let weight = 0;
  for (const h of languageSpec(language).detection.hints)
    if (h.pattern.test(code)) {
      labels.push(h.label);
      weight += h.weight;
    }
  return { labels, weight };
}
