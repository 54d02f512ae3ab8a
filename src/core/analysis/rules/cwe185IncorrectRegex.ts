// CWE-185 incorrect regular expression: patterns that match more than their author meant, in registry order.
// Two general mistakes: a host name whose dot is not escaped (`example.com` also matches `exampleXcom`, and with
// a domain before it `evil-example.com`), and the class range `A-z`, which also admits `[ \ ] ^ _` and backquote.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callRule } from '../callRule';

const TLD = /^(com|org|net|io|dev|app|edu|gov|co|uk|de|fr|info|biz|cloud|local|internal)\b/i;

/** The pattern text of a string or regex literal: quotes, prefixes and one level of string escaping removed. */
export function patternText(literal: string): string {
  const regexLiteral = /^\/([\s\S]*)\/[a-z]*$/.exec(literal);
  if (regexLiteral) return regexLiteral[1] ?? '';
  const raw = /^(?:[rRbBuU]{0,2}|@)(["'`]{1,3})([\s\S]*?)\1$/.exec(literal);
  const body = raw ? (raw[2] ?? '') : literal;
  const verbatim = /^(?:[rR]|[rR][bB]|[bB][rR]|@)["']|^`/.test(literal);
  return verbatim ? body : body.replace(/\\\\/g, '\\');
}

/** An unescaped `.` outside a character class that sits between a host label and a top-level domain. */
export function unescapedHostDot(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '.' && /[A-Za-z0-9\])+*?}-]/.test(pattern[i - 1] ?? '') && TLD.test(pattern.slice(i + 1)))
      return true;
  }
  return false;
}

/** A character class with the range `A-z`. */
export function asciiGapRange(pattern: string): boolean {
  return /\[[^\]]*A-z/.test(pattern);
}

function incorrect(literal: SyntaxNode | undefined): boolean {
  if (!literal) return false;
  const pattern = patternText(literal.text);
  return unescapedHostDot(pattern) || asciiGapRange(pattern);
}

const MESSAGE =
  'The regular expression matches more than intended: an unescaped `.` in a host name (any character) or the range `A-z` (includes punctuation).';
const FIX =
  'Escape literal dots (`\\.`), anchor the whole value (`^...$`, fullmatch) and write ranges as `A-Za-z`; better, parse URLs and compare the host exactly.';

export const jsIncorrectRegex: QueryRule = {
  id: 'js-incorrect-regex',
  cwe: 'CWE-185',
  severity: 'warning',
  languages: ['javascript', 'typescript'],
  kind: 'query',
  query: { javascript: '(regex) @hit', typescript: '(regex) @hit' },
  message: MESSAGE,
  fix: FIX,
  predicate: ({ hit }) => incorrect(hit),
};

/** The argument that holds the pattern: the first, except in C# static Regex methods (input first). */
export const incorrectRegexCall = callRule({
  id: 'incorrect-regex',
  cwe: 'CWE-185',
  severity: 'warning',
  languages: ['python', 'java', 'go', 'csharp', 'php', 'javascript', 'typescript'],
  message: MESSAGE,
  fix: FIX,
  callee: {
    python: /^(re|regex)\.(compile|match|fullmatch|search|findall|finditer|sub|split)$/,
    java: /^Pattern\.(compile|matches)$|\.matches$/,
    go: /^regexp\.(Compile|MustCompile|MatchString)$/,
    csharp: /^new Regex$|^Regex\.(IsMatch|Match|Matches|Replace)$/,
    php: /^preg_(match|match_all|replace|split)$/,
    javascript: /^new RegExp$|^RegExp$/,
    typescript: /^new RegExp$|^RegExp$/,
  },
  when: (call) => incorrect(call.name.startsWith('Regex.') ? call.args[1] : call.args[0]),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe185IncorrectRegex: readonly Rule[] = [jsIncorrectRegex, incorrectRegexCall];
