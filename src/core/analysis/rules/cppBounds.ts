// C++ bounds idioms (CWE-120/787/125/476/190): `>>` into a char array, `<=` loops over an array, indexes
// from parsed input or checked only against zero, find() used without end(), 32-bit counts sizing new[].
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import { scopeOf } from '../walk';

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const cppStreamIntoArray: QueryRule = {
  id: 'cpp-stream-into-char-array',
  cwe: 'CWE-120',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(binary_expression left: (_) @stream operator: ">>" right: (identifier) @dst) @hit' },
  message: 'operator>> reads a whole word into a char array with no length limit.',
  fix: 'Read into std::string, or limit the extraction with std::setw(sizeof buf).',
  predicate: ({ stream, dst, hit }) =>
    !!stream &&
    !!dst &&
    !!hit &&
    !/setw\s*\(/.test(stream.text) &&
    new RegExp(`\\bchar\\s+${esc(dst.text)}\\s*\\[`).test(scopeOf(hit).text),
};

export const cppInclusiveLoopBound: QueryRule = {
  id: 'cpp-inclusive-loop-bound',
  cwe: 'CWE-787',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(for_statement condition: (binary_expression left: (identifier) @i operator: "<=" right: (_) @bound) body: (_) @body) @hit',
  },
  message: 'The loop runs while i <= N over an array of N elements, so the last iteration indexes one past the end.',
  fix: 'Loop while i < N (or over the container with a range-for).',
  predicate: ({ i, bound, body, hit }, ctx) => {
    if (!i || !bound || !body || !hit) return false;
    const arrays = [...ctx.code.matchAll(new RegExp(`(\\w+)\\s*\\[\\s*${esc(bound.text)}\\s*\\]\\s*[;={]`, 'g'))].map(
      (m) => m[1],
    );
    return arrays.some(
      (a) => a !== undefined && new RegExp(`\\b${esc(a)}\\s*\\[\\s*${esc(i.text)}\\s*\\]`).test(body.text),
    );
  },
};

/** Calls whose result is a number parsed or read from outside the program. */
const PARSED = /\b(std::)?(atoi|atol|strtol|strtoul|stoi|stol|stoul|getchar|fgetc|ntohs|ntohl)\s*\(|\.get\s*\(\s*\)/;

/** The index (or a local it was computed from) comes from parsed or read input: the names on that chain. */
function fromParsedInput(name: string, fn: SyntaxNode, seen = new Set<string>()): string[] {
  if (!/^\w+$/.test(name) || seen.has(name)) return [];
  seen.add(name);
  const m = new RegExp(`\\b${esc(name)}\\s*=\\s*([^;]+);`).exec(fn.text);
  if (!m?.[1]) return [];
  if (PARSED.test(m[1])) return [name];
  for (const word of m[1].match(/\b[a-z_]\w*\b/g) ?? []) {
    const origin = fromParsedInput(word, fn, seen);
    if (origin.length) return [name, ...origin];
  }
  return [];
}

/** A comparison of `name` (possibly cast) against anything but zero, i.e. an upper-bound check, in the function. */
function upperChecked(name: string, fn: SyntaxNode): boolean {
  const mentions = new RegExp(`\\b${esc(name)}\\b`);
  return fn.text
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
    .split(/&&|\|\||;|\{|\?/)
    .some(
      (chunk) => mentions.test(chunk) && [...chunk.matchAll(/\s(<=|>=|<|>)\s*([^\s)]+)/g)].some((m) => m[2] !== '0'),
    );
}

export const cppUncheckedIndex: QueryRule = {
  id: 'cpp-unchecked-input-index',
  cwe: 'CWE-125',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(subscript_expression argument: (_) @array indices: (subscript_argument_list . (_) @index .)) @hit' },
  message:
    'An array or vector is indexed with a value parsed from input (or checked only against zero) and no upper bound check.',
  fix: 'Compare the index against the array size (or use .at()) before indexing.',
  predicate: ({ array, index, hit }, ctx) => {
    if (!array || !index || !hit) return false;
    const fn = scopeOf(hit);
    const a = esc(array.text.replace(/^.*(\.|->)/, ''));
    // Only real arrays and vectors: maps create entries on operator[] instead of reading out of bounds.
    if (!new RegExp(`\\b${a}\\s*\\[\\s*\\w+\\s*\\]\\s*(=|;)|vector\\s*<[^;]*>\\s*&?\\s*${a}\\b`).test(ctx.code))
      return false;
    const names = fromParsedInput(index.text, fn);
    const zeroOnly = new RegExp(`\\b${esc(index.text)}\\s*<\\s*0\\b`).test(fn.text);
    if (!names.length && !zeroOnly) return false;
    return ![index.text, ...names].some((n) => upperChecked(n, fn));
  },
};

export const cppFindWithoutEnd: QueryRule = {
  id: 'cpp-find-without-end-check',
  cwe: 'CWE-476',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(init_declarator declarator: (identifier) @it value: (call_expression function: (field_expression argument: (_) @map field: (field_identifier) @method)) @hit)',
  },
  message:
    'The iterator returned by find() is dereferenced without comparing it to end(); a missing key dereferences end().',
  fix: 'Compare the iterator with container.end() (or use contains()/count()) before using ->second.',
  predicate: ({ it, map, method, hit }) => {
    if (!it || !map || !method || !hit || method.text !== 'find') return false;
    const fn = scopeOf(hit);
    const after = fn.text.slice(hit.endIndex - fn.startIndex);
    const i = esc(it.text);
    return (
      new RegExp(`\\b${i}\\s*->|\\*\\s*${i}\\b`).test(after) &&
      !new RegExp(`\\b${i}\\s*[!=]=|[!=]=\\s*${i}\\b`).test(after)
    );
  },
};

export const cppWrappedArrayCount: QueryRule = {
  id: 'cpp-wrapped-new-array-count',
  cwe: 'CWE-190',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(declaration type: (_) @type declarator: (init_declarator declarator: (identifier) @name value: (binary_expression left: (identifier) @term) @value)) @hit',
  },
  message: 'A 32-bit element count computed from a caller value can wrap before it sizes new[].',
  fix: 'Reject values that would wrap (n >= UINT32_MAX, n > SIZE_MAX / size) or compute in size_t with a limit check.',
  predicate: ({ type, name, term, value, hit }) => {
    if (!type || !name || !term || !value || !hit) return false;
    if (!/^(std::)?(u?int(8|16|32)_t|unsigned(\s+int)?|int|unsigned\s+short|short)$/.test(type.text.trim()))
      return false;
    if (!/^[+*]$/.test(value.childForFieldName('operator')?.text ?? '')) return false;
    const fn = scopeOf(hit);
    const t = esc(term.text);
    const params = fn.childForFieldName('declarator')?.text ?? '';
    if (!new RegExp(`\\b${t}\\s*[,)]`).test(params)) return false;
    const after = fn.text.slice(hit.endIndex - fn.startIndex);
    return (
      new RegExp(`\\bnew\\s+[\\w:<>]+\\s*\\[\\s*${esc(name.text)}\\s*\\]`).test(after) &&
      !new RegExp(`\\b${t}\\s*(>|>=)|_MAX\\b`).test(fn.text)
    );
  },
};
