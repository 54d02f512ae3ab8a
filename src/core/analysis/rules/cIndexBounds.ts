// CWE-787/125/170/193: C/C++ indexes from input or callers without a dominating bounds check, strncpy
// without termination, reads that fill a buffer whose length is then used as an index, unbounded scans.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { atomsOf, inputDerived, integerParameters, parameterNames } from '../cBoundsFacts';
import { guardedByComparison } from '../pdgGuard';
import { ancestor, scopeOf } from '../walk';

const LOOPS: ReadonlySet<string> = new Set(['while_statement', 'for_statement', 'do_statement', 'for_range_loop']);
const INPUT_DRIVEN =
  /\b(getc|fgetc|getchar|read|recv|fread|fgets|scanf|fscanf|sscanf|getline|strtok)\s*\(|\bEOF\b|'\\0'|\*\s*\w+\s*(\)|&&|\|\||!=)|\(\s*(true|1)\s*\)\s*$|\(\s*;\s*;\s*\)/;

const C = ['c', 'cpp'] as const;
const squash = (t: string): string => t.replace(/\s+/g, '');
const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function indexOf(node: SyntaxNode): { array: SyntaxNode | null; index: SyntaxNode | null } {
  const kids = node.namedChildren.filter((c): c is SyntaxNode => c !== null);
  const raw = node.childForFieldName('index') ?? kids[1] ?? null;
  const index = raw?.type === 'subscript_argument_list' ? (raw.namedChildren[0] ?? null) : raw;
  return { array: node.childForFieldName('argument') ?? kids[0] ?? null, index };
}

function isWrite(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'update_expression') return true;
  return /assignment_expression/.test(parent.type) && parent.childForFieldName('left')?.startIndex === node.startIndex;
}

/** The index comes from input, a caller (integer parameter into a non-parameter array) or a bare counter, and no comparison guards it. */
function uncheckedIndex(node: SyntaxNode, ctx: RuleContext): boolean {
  const { array, index } = indexOf(node);
  if (
    !array ||
    !index ||
    /%|&|sizeof|\?/.test(index.text) ||
    index.type === 'number_literal' ||
    index.type === 'char_literal'
  )
    return false;
  // Buffers grown with realloc in this function track their own capacity; C++ maps insert rather than overrun.
  const base = array.text.split(/\W/)[0] ?? '';
  const fnText = scopeOf(node).text;
  if (new RegExp(`\\b${escapeRe(base)}\\s*=\\s*(\\([^)]*\\)\\s*)?realloc\\s*\\(`).test(fnText)) return false;
  if (new RegExp(`(map|unordered_map|json|set)\\s*<[^;]*>\\s*&?\\s*${escapeRe(base)}\\b`).test(ctx.code)) return false;
  const names = atomsOf(index).filter((a) => /^\w+$/.test(a));
  const params = parameterNames(node);
  const ints = integerParameters(node);
  const arrayIsParam = params.has(array.text.split(/\W/)[0] ?? '');
  // A bare counter (buf[n++]) grows without bound only in a loop driven by input or a string scan (getc, read,
  // != '\0', EOF); loops counted by another bound and straight-line encoders write a fixed number of elements.
  const loop = ancestor(node, LOOPS);
  const body = loop?.childForFieldName('body');
  const loopHead = loop ? loop.text.slice(0, body ? body.startIndex - loop.startIndex : undefined) : '';
  const inLoop = loop !== null && INPUT_DRIVEN.test(loopHead);
  const suspicious = names.filter(
    (n) =>
      (ints.has(n) && !arrayIsParam) ||
      (inLoop && new RegExp(`(\\b${n}\\s*(\\+\\+|--)|(\\+\\+|--)\\s*${n}\\b)`).test(index.text)) ||
      // ... or a counter the scan loop advances (name[i] = src[i]; i++;) while writing into a local array.
      (inLoop &&
        isWrite(node) &&
        !arrayIsParam &&
        new RegExp(`\\b${n}\\s*\\+\\+|\\+\\+\\s*${n}\\b`).test(loop?.text ?? '') &&
        new RegExp(`\\b${escapeRe(base)}\\s*\\[[^\\]]+\\]\\s*[;=,]`).test(fnText)) ||
      (!params.has(n) && inputDerived(n, node, ctx)),
  );
  return suspicious.length > 0 && !guardedByComparison(node, suspicious, ctx);
}

const subscript = { c: '(subscript_expression) @hit', cpp: '(subscript_expression) @hit' };

export const cIndexWrite: QueryRule = {
  id: 'c-unchecked-index-write',
  cwe: 'CWE-787',
  severity: 'error',
  languages: [...C],
  kind: 'query',
  query: subscript,
  message: 'An array is written at an index that comes from input or a caller without a bounds check.',
  fix: 'Compare the index with 0 and the array length before writing (or use .at() in C++).',
  predicate: ({ hit }, ctx) => hit !== undefined && isWrite(hit) && uncheckedIndex(hit, ctx),
};

export const cIndexRead: QueryRule = {
  id: 'c-unchecked-index-read',
  cwe: 'CWE-125',
  severity: 'error',
  languages: [...C],
  kind: 'query',
  query: subscript,
  message: 'An array is read at an index that comes from input or a caller without a bounds check.',
  fix: 'Compare the index with 0 and the array length before reading (or use .at() in C++).',
  predicate: ({ hit }, ctx) => hit !== undefined && !isWrite(hit) && uncheckedIndex(hit, ctx),
};

export const cUnterminatedCopy = callRule({
  id: 'c-strncpy-unterminated',
  cwe: 'CWE-170',
  severity: 'warning',
  languages: [...C],
  message:
    'strncpy with the full buffer size leaves no room for the terminating NUL, so later string reads run past the buffer.',
  fix: "Copy sizeof dst - 1 bytes and set dst[sizeof dst - 1] = '\\0' (or use snprintf).",
  callee: { c: /^strncpy$/, cpp: /^(std::)?strncpy$/ },
  when: (call) => {
    const [dst, , size] = call.args;
    if (!dst || !size) return false;
    const d = squash(dst.text);
    if (!new RegExp(`^sizeof\\(?${escapeRe(d)}\\)?$`).test(squash(size.text))) return false;
    const after = scopeOf(call.node).text.slice(call.node.endIndex - scopeOf(call.node).startIndex);
    return !new RegExp(`${escapeRe(dst.text)}\\s*\\[[^\\]]*\\]\\s*=\\s*('\\\\0'|0)`).test(after);
  },
});

export const cReadFillsBuffer = callRule({
  id: 'c-read-full-buffer-terminated',
  cwe: 'CWE-193',
  severity: 'error',
  languages: [...C],
  message: 'The read may fill the whole buffer, so terminating it at the returned length writes one byte past the end.',
  fix: 'Read at most sizeof buf - 1 bytes when you need room for a terminating NUL.',
  callee: { c: /^(read|recv|fread)$/, cpp: /^(::|std::)?(read|recv|fread)$/ },
  when: (call) => {
    const fread = /fread$/.test(call.name);
    const buf = fread ? call.args[0] : call.args[1];
    const size = call.args[2];
    if (!buf || !size || !new RegExp(`^sizeof\\(?${escapeRe(squash(buf.text))}\\)?$`).test(squash(size.text)))
      return false;
    let holder = call.node.parent;
    while (holder && /cast_expression|parenthesized_expression/.test(holder.type)) holder = holder.parent;
    const target = (holder?.childForFieldName('declarator') ?? holder?.childForFieldName('left'))?.text;
    if (!target || !/^\w+$/.test(target)) return false;
    const scope = scopeOf(call.node);
    const after = scope.text.slice(call.node.endIndex - scope.startIndex);
    return new RegExp(`\\b${escapeRe(buf.text)}\\s*\\[\\s*${target}\\s*\\]\\s*=[^=]`).test(after);
  },
});

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
