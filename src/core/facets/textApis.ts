// API names a natural-language request mentions: dotted or mixed-case names anywhere, plain
// words only when written like code (in backticks, as a call, or as "the X module", "the X crate", "the X gem").
import { backtickSpans } from './codeText';
import { containsLiteral, mayContain, textProbe } from './literalMatch';
import { patternApis } from './patternApis';

function codeLike(name: string): boolean {
  return /[._:$]|[a-z][A-Z]/.test(name);
}

/** `vocabulary` holds normalised API names (see apiVocabulary); `lowerVocabulary` the same lower-cased (PreparedFacets). */
export function textApis(
  text: string,
  vocabulary: readonly string[],
  lowerVocabulary: readonly string[] = vocabulary.map((v) => v.toLowerCase()),
): string[] {
  const found = new Set<string>();
  const lower = text.toLowerCase();
  const spans = backtickSpans(text);
  for (const span of spans) for (const api of patternApis(span)) found.add(api);
  const spanWords = new Set(spans.flatMap((s) => s.split(/[^\w.$]+/)).filter(Boolean));
  const probe = textProbe(text);
  for (let i = 0; i < vocabulary.length; i += 1) {
    if (!mayContain(probe, lowerVocabulary[i]!) || !lower.includes(lowerVocabulary[i]!)) continue;
    const api = vocabulary[i]!;
    // The trigram and substring tests above skip the regexes for almost every vocabulary entry.
    if (
      codeLike(api)
        ? // `$.html` is kept as `.html`: without its `$` it would be found in any file name ("index.html").
          containsLiteral(text, api.startsWith('.') ? `$${api}` : api)
        : spanWords.has(api) ||
          containsLiteral(text, `${api}(`) ||
          new RegExp(`\\b${api}\\s+(module|library|package|crate|gem)\\b`, 'i').test(text)
    ) {
      found.add(api);
    }
  }
  return [...found].sort();
}
