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

/** One word of a keyword in any regular inflection ("upload" -> "uploads", "query" -> "queries"). */
function inflected(word: string): string {
  if (!/[a-z]$/i.test(word)) return escape(word);
  const endings = '(?:s|es|ed|d|ing|er|ers)?';
  let alt = '';
  if (/[^aeiou]y$/i.test(word)) alt = `|${escape(word.slice(0, -1))}(?:ies|ied)`;
  else if (/[^aeiouy]e$/i.test(word)) alt = `|${escape(word.slice(0, -1))}ing`;
  return `(?:${escape(word)}${endings}${alt})`;
}

/** Words that stand between a verb and its object in requests: "reset a password", "download their invoices". */
const DETERMINERS = [
  'a',
  'an',
  'the',
  'their',
  'his',
  'her',
  'your',
  'my',
  'our',
  'its',
  'this',
  'that',
  'these',
  'those',
];
const DETERMINER_SET = new Set(DETERMINERS);
const OPTIONAL_DETERMINER = `(?:\\s+(?:${DETERMINERS.join('|')}))?`;

/** The words of a multi-word keyword that must occur, determiners inside it left out ("change the email" -> change, email). */
function contentWords(keyword: string): string[] {
  const words = keyword.split(/\s+/);
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !DETERMINER_SET.has(w));
}

/**
 * A keyword of everyday words in any common inflection of each word: "upload" finds "uploads",
 * "uploaded", "uploading"; "parse" finds "parsing"; "query" finds "queries"; "log in" finds "logged in".
 * English inflects by a few regular endings, so one pattern covers plurals and verb forms instead of
 * listing each form. Between the words of a keyword one determiner may stand, and a determiner inside
 * the keyword stands for any ("reset password" finds "reset a password", "change the email" finds
 * "change their email"): requests say the same thing with different articles and possessives.
 */
export function wordFormRegex(keyword: string, flags = 'i'): RegExp {
  const start = /^\w/.test(keyword) ? '(?<![\\w.$])' : '';
  if (!/[a-z]$/i.test(keyword))
    return new RegExp(`${start}${escape(keyword)}${/\w$/.test(keyword) ? '(?!\\w)' : ''}`, flags);
  const words = /^[a-z' -]+$/i.test(keyword) ? contentWords(keyword.trim()) : [keyword];
  const body = words.length === 1 ? inflected(words[0]!) : words.map(inflected).join(`${OPTIONAL_DETERMINER}\\s+`);
  // A word joined to the next by a hyphen is another word ("signed-in" is not "signed", "log-out" not "log").
  return new RegExp(`${start}${body}(?!\\w|-[a-z])`, flags);
}

/** Whether a probed text holds the keyword in some inflection (wordFormRegex); case-insensitive. */
export function probeContainsWordForm(
  probe: TextProbe,
  keyword: string,
  /** The keyword's wordFormRegex when prepared beforehand (PreparedFacets); built here otherwise. */
  regex?: RegExp,
): boolean {
  const k = keyword.trim().toLowerCase();
  if (k.length === 0) return false;
  const words = /^[a-z' -]+$/.test(k) ? contentWords(k) : [k];
  const lower = probe.text.toLowerCase();
  for (const word of words) {
    // "query" -> "queries" and "parse" -> "parsing" drop the last letter, so probe without it.
    const base = /[^aeiou]y$|[^aeiouy]e$/.test(word) ? word.slice(0, -1) : word;
    if (!mayContain(probe, base) || !lower.includes(base)) return false;
  }
  return (regex ?? wordFormRegex(k)).test(probe.text);
}
