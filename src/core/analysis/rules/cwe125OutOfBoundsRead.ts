// CWE-125 out-of-bounds read: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { C, isWrite, subscript, uncheckedIndex } from '../ruleParts/cIndexAccess';
import { scopeOf } from '../walk';
import { callRule } from '../callRule';
import { memberIndexTier } from '../ruleParts/cMemberIndex';
import { unseenMemberIndex } from '../ruleParts/cppUnseenMember';
import { descriptorIndexedTable } from '../ruleParts/cDescriptorTable';
import { measuredContainer } from '../ruleParts/cppSizedContainers';
import { boundsChecked } from '../ruleParts/rustBoundsChecked';

/** Calls whose result is a number parsed or read from outside the program. */
const PARSED = /\b(std::)?(atoi|atol|strtol|strtoul|stoi|stol|stoul|getchar|fgetc|ntohs|ntohl)\s*\(|\.get\s*\(\s*\)/;

/** The index (or a local it was computed from) comes from parsed or read input: the names on that chain. */
function fromParsedInput(name: string, fn: SyntaxNode, seen = new Set<string>()): string[] {
  if (!/^\w+$/.test(name) || seen.has(name)) return [];
  seen.add(name);
  const m = new RegExp(`\\b${escapeRegExp(name)}\\s*=\\s*([^;]+);`).exec(fn.text);
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
  const mentions = new RegExp(`\\b${escapeRegExp(name)}\\b`);
  return fn.text
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
    .split(/&&|\|\||;|\{|\?/)
    .some(
      (chunk) => mentions.test(chunk) && [...chunk.matchAll(/\s(<=|>=|<|>)\s*([^\s)]+)/g)].some((m) => m[2] !== '0'),
    );
}

export const cIndexRead: QueryRule = {
  id: 'c-unchecked-index-read',
  cwe: 'CWE-125',
  severity: 'error',
  languages: [...C],
  kind: 'query',
  query: subscript,
  message: 'An array is read at an index that comes from input or a caller without a bounds check.',
  fix: 'Compare the index with 0 and the array length before reading (or use .at() in C++).',
  // Or an integer parameter indexing a struct parameter's array member with no check (cMemberIndex: tier by evidence).
  predicate: ({ hit }, ctx) =>
    hit !== undefined && !isWrite(hit) && (uncheckedIndex(hit, ctx) || memberIndexTier(hit, ctx) !== null),
  tierOf: ({ hit }, ctx) =>
    hit && ctx.language === 'c' && addressOnly(hit)
      ? 'note'
      : hit && !uncheckedIndex(hit, ctx)
        ? (memberIndexTier(hit, ctx) ?? 'finding')
        : hit && (unseenMemberIndex(hit, ctx) || descriptorIndexedTable(hit, ctx))
          ? 'note'
          : 'finding',
};

/**
 * `&table[i]` takes an element's address and reads nothing; real C code does it to reach a record by a caller's
 * number (`slot = &slots[id]`), which the owner of the number keeps in range. Shown, not counted. C only: in C++
 * `&v[i]` calls the container's operator[], which is itself the access.
 */
function addressOnly(hit: SyntaxNode): boolean {
  let up = hit.parent;
  while (up?.type === 'parenthesized_expression') up = up.parent;
  return up?.type === 'pointer_expression' && up.childForFieldName('operator')?.text === '&';
}

export const cUnboundedScan: QueryRule = {
  id: 'c-unbounded-pointer-scan',
  cwe: 'CWE-125',
  severity: 'warning',
  languages: [...C],
  kind: 'query',
  query: { c: '(while_statement condition: (_) @cond) @hit', cpp: '(while_statement condition: (_) @cond) @hit' },
  message:
    'The loop scans for a character without stopping at the end of the string, so input without it reads past the buffer.',
  fix: "Also stop at the terminating NUL (while (*p && *p != ':')) or use strchr/find and check the result.",
  predicate: ({ cond }) => cond !== undefined && /^\(?\s*\*\s*\w+\s*!=\s*'(?!\\0')[^']+'\s*\)?$/.test(cond.text),
};

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
    const a = escapeRegExp(array.text.replace(/^.*(\.|->)/, ''));
    // Only real arrays and vectors: maps create entries on operator[] instead of reading out of bounds.
    if (!new RegExp(`\\b${a}\\s*\\[\\s*\\w+\\s*\\]\\s*(=|;)|vector\\s*<[^;]*>\\s*&?\\s*${a}\\b`).test(ctx.code))
      return false;
    const names = fromParsedInput(index.text, fn);
    const zeroOnly = new RegExp(`\\b${escapeRegExp(index.text)}\\s*<\\s*0\\b`).test(fn.text);
    if (!names.length && !zeroOnly) return false;
    return ![index.text, ...names].some((n) => upperChecked(n, fn));
  },
};

export const cppInclusiveSizeBoundRead: QueryRule = {
  id: 'cpp-inclusive-size-bound-read',
  cwe: 'CWE-125',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(for_statement condition: (binary_expression left: (identifier) @i operator: "<=" right: (_) @bound) body: (_) @body) @hit',
  },
  message: 'The loop runs while i <= v.size() and reads v[i], so the last iteration reads one past the end.',
  fix: 'Loop while i < v.size() (or over the container with a range-for).',
  predicate: ({ i, bound, body }) => {
    const v = bound ? measuredContainer(bound) : undefined;
    if (!i || !body || !v) return false;
    const access = new RegExp(`\\b${escapeRegExp(v)}\\s*\\[\\s*${escapeRegExp(i.text)}\\s*\\](?!\\s*=[^=])`);
    return access.test(body.text);
  },
};

export const rustUncheckedRead = callRule({
  id: 'rust-get-unchecked-read',
  cwe: 'CWE-125',
  severity: 'error',
  languages: ['rust'],
  message:
    'get_unchecked reads at an index that is never compared with the length, so a bad index reads outside the slice.',
  fix: 'Use slice.get(i) (or indexing, which panics) and handle None; keep get_unchecked only behind an explicit bounds check.',
  callee: { rust: /\.get_unchecked$/ },
  when: (call) => !boundsChecked(call, call.args[0]),
});

export const rustFromRawParts = callRule({
  id: 'rust-from-raw-parts-length',
  cwe: 'CWE-125',
  severity: 'error',
  languages: ['rust'],
  message: "slice::from_raw_parts builds a slice whose length is not the buffer's own length and is never checked.",
  fix: 'Slice the original buffer safely (buf.get(start..end)) or check the length against the allocation first.',
  callee: { rust: /^((std|core)::)?(slice::)?from_raw_parts(_mut)?$/ },
  when: (call) => {
    const len = call.args[1];
    return !!len && !/\.len\(\)$/.test(len.text) && !boundsChecked(call, len);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe125OutOfBoundsRead: readonly Rule[] = [
  cIndexRead,
  cUnboundedScan,
  cppUncheckedIndex,
  cppInclusiveSizeBoundRead,
  rustUncheckedRead,
  rustFromRawParts,
];
