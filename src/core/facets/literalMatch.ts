// Literal occurrence of a keyword, API name or marker in text, with word boundaries where the
// needle starts or ends with a word character ("exec(" must not match inside "execute(").
const cache = new Map<string, RegExp>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function literalRegex(needle: string, caseSensitive: boolean): RegExp {
  const key = `${caseSensitive ? 's' : 'i'}\u0000${needle}`;
  let re = cache.get(key);
  if (!re) {
    const start = /^\w/.test(needle) ? '(?<![\\w.$])' : '';
    const end = /\w$/.test(needle) ? '(?!\\w)' : '';
    re = new RegExp(`${start}${escape(needle)}${end}`, caseSensitive ? '' : 'i');
    cache.set(key, re);
  }
  return re;
}

export function containsLiteral(haystack: string, needle: string, caseSensitive = true): boolean {
  const n = needle.trim();
  if (n.length === 0) return false;
  // A plain substring test first: most needles are absent, and it skips the regex for them.
  if (caseSensitive ? !haystack.includes(n) : !haystack.toLowerCase().includes(n.toLowerCase())) return false;
  return literalRegex(n, caseSensitive).test(haystack);
}
