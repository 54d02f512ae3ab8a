// Text and code to search tokens: identifiers split (camelCase, snake_case, dotted API names),
// lower-cased, stop words dropped, light suffix stemming. Index and queries share this function,
// so BM25, the embedder and facet matching agree on what a "word" is.
import { STOP_WORDS } from './stopWords';

const CAMEL = /([a-z0-9])([A-Z])/g;
const ACRONYM = /([A-Z]+)([A-Z][a-z])/g;

/** Strips common English inflections so "pickled", "pickling" and "pickle" meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function keep(token: string): boolean {
  return token.length > 1 && !/^\d+$/.test(token) && !STOP_WORDS.has(token);
}

/** Tokens in order, duplicates kept (term frequency matters to BM25 and TF-IDF). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[^A-Za-z0-9_]+/)) {
    if (!raw) continue;
    const parts = raw.replace(ACRONYM, '$1 $2').replace(CAMEL, '$1 $2').split(/[_\s]+/).filter(Boolean);
    if (parts.length > 1) {
      // The joined form keeps API names such as "execSync" or "shell_exec" matchable as one word.
      const joined = raw.replace(/_/g, '').toLowerCase();
      if (keep(joined)) out.push(stem(joined));
    }
    for (const part of parts) {
      const lower = part.toLowerCase();
      if (keep(lower)) out.push(stem(lower));
    }
  }
  return out;
}
