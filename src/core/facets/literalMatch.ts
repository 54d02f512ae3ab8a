// Literal occurrence of a keyword, API name or marker in text, with word boundaries where the
// needle starts or ends with a word character ("exec(" must not match inside "execute(").
// Facet extraction tests a few thousand needles against one text, so a TextProbe indexes the
// text's trigrams once: a needle with a trigram the text lacks cannot occur, and skips the scan.
// The regex is built only for a needle that passed the trigram and substring tests (a few per task),
// so it is not kept between calls.

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function literalRegex(needle: string, caseSensitive: boolean): RegExp {
  const start = /^\w/.test(needle) ? '(?<![\\w.$])' : '';
  const end = /\w$/.test(needle) ? '(?!\\w)' : '';
  return new RegExp(`${start}${escape(needle)}${end}`, caseSensitive ? '' : 'i');
}

export function containsLiteral(haystack: string, needle: string, caseSensitive = true): boolean {
  const n = needle.trim();
  if (n.length === 0) return false;
  // A plain substring test first: most needles are absent, and it skips the regex for them.
  if (caseSensitive ? !haystack.includes(n) : !haystack.toLowerCase().includes(n.toLowerCase())) return false;
  return literalRegex(n, caseSensitive).test(haystack);
}

export interface TextProbe {
  readonly text: string;
  /** Every three-character window of the lower-cased text. */
  readonly trigrams: ReadonlySet<string>;
}

export function textProbe(text: string): TextProbe {
  const lower = text.toLowerCase();
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= lower.length; i += 1) trigrams.add(lower.slice(i, i + 3));
  return { text, trigrams };
}

/** False when some trigram of the needle is absent from the text (so it cannot occur in it). */
export function mayContain(probe: TextProbe, needle: string): boolean {
  const n = needle.trim().toLowerCase();
  if (n.length < 3) return true;
  for (let i = 0; i + 3 <= n.length; i += 1) if (!probe.trigrams.has(n.slice(i, i + 3))) return false;
  return true;
}

/** containsLiteral over a probed text: the same answer, faster when most needles are absent. */
export function probeContains(probe: TextProbe, needle: string, caseSensitive = true): boolean {
  return mayContain(probe, needle) && containsLiteral(probe.text, needle, caseSensitive);
}

/**
 * A keyword of everyday words in any common inflection of its last word: "upload" finds "uploads",
 * "uploaded", "uploading"; "parse" finds "parsing"; "query" finds "queries". English inflects by a
 * few regular endings, so one pattern covers plurals and verb forms instead of listing each form.
 */
export function wordFormRegex(keyword: string): RegExp {
  const start = /^\w/.test(keyword) ? '(?<![\\w.$])' : '';
  if (!/[a-z]$/i.test(keyword))
    return new RegExp(`${start}${escape(keyword)}${/\w$/.test(keyword) ? '(?!\\w)' : ''}`, 'i');
  const endings = '(?:s|es|ed|d|ing|er|ers)?';
  let stem = escape(keyword);
  let alt = '';
  if (/[^aeiou]y$/i.test(keyword)) alt = `|${escape(keyword.slice(0, -1))}(?:ies|ied)`;
  else if (/[^aeiouy]e$/i.test(keyword)) alt = `|${escape(keyword.slice(0, -1))}ing`;
  stem = `(?:${stem}${endings}${alt})`;
  // A word joined to the next by a hyphen is another word ("signed-in" is not "signed", "log-out" not "log").
  return new RegExp(`${start}${stem}(?!\\w|-[a-z])`, 'i');
}

/** Whether a probed text holds the keyword in some inflection (wordFormRegex); case-insensitive. */
export function probeContainsWordForm(probe: TextProbe, keyword: string): boolean {
  const k = keyword.trim().toLowerCase();
  if (k.length === 0) return false;
  // "query" -> "queries" and "parse" -> "parsing" drop the last letter, so probe without it.
  const base = /[^aeiou]y$|[^aeiouy]e$/.test(k) ? k.slice(0, -1) : k;
  if (!mayContain(probe, base) || !probe.text.toLowerCase().includes(base)) return false;
  return wordFormRegex(k).test(probe.text);
}
