// CWE-122 heap buffer overflow: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { CallInfo } from '../callInfo';
import { scopeOf } from '../walk';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { callRule } from '../callRule';
import { holderPastCasts } from '../ruleParts/cppCasts';
import { loopWriteOverrun, writeOverrun } from '../ruleParts/cConstantOverrun';
import { unboundedCopyRule } from '../ruleParts/cUnboundedCopy';

/** A string's length: `strlen(s)`, `s.size()`, `s.length()`. */
const STRING_LENGTH = /^((std::)?strlen\s*\(|[\w.]+\.(size|length)\(\)$)/;

/** `len` was set to a string's length and nothing added to it before (`size_t len = strlen(src);`). */
function lengthLocal(len: string, before: string): boolean {
  const n = escapeRegExp(len);
  const set = new RegExp(`\\b${n}\\s*=\\s*((std::)?strlen\\s*\\([^;+]*\\)|[\\w.]+\\.(size|length)\\(\\))\\s*;`).exec(
    before,
  );
  return set !== null && !new RegExp(`\\b${n}\\s*(\\+\\+|\\+=|=)`).test(before.slice(set.index + set[0].length));
}

/** `p = malloc(n)` / `new char[s.size()]` followed by `p[n] = ...` or strcpy(p, ...): no room for the terminator. */
function missingTerminatorRoom(call: CallInfo): boolean {
  const holder = holderPastCasts(call.node);
  const target = (holder?.childForFieldName('declarator') ?? holder?.childForFieldName('left'))?.text.replace(
    /^\*+\s*/,
    '',
  );
  const size = call.name === 'new char' ? /\[(.*)\]$/s.exec(call.node.text)?.[1]?.trim() : call.args[0]?.text.trim();
  // The target may be a member (`u->name = malloc(strlen(name))`).
  if (!target || !/^\w+(\s*(->|\.)\s*\w+)*$/.test(target) || !size || /\+|sizeof/.test(size)) return false;
  const fn = scopeOf(call.node);
  const rest = fn.text.slice(call.node.endIndex - fn.startIndex);
  const p = escapeRegExp(target);
  const sizedByString =
    STRING_LENGTH.test(size) ||
    (/^\w+$/.test(size) && lengthLocal(size, fn.text.slice(0, call.node.startIndex - fn.startIndex)));
  return (
    new RegExp(`\\b${p}\\s*\\[\\s*${escapeRegExp(size)}\\s*\\]\\s*=[^=]`).test(rest) ||
    (sizedByString && new RegExp(`\\b(std::)?(strcpy|strcat|sprintf)\\s*\\(\\s*${p}\\b`).test(rest))
  );
}

export const allocWithoutTerminator = callRule({
  id: 'alloc-without-terminator',
  cwe: 'CWE-122',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'The buffer is allocated for the characters only, then the terminating NUL is written one byte past its end.',
  fix: 'Allocate length + 1 bytes for a string copy (malloc(len + 1), new char[s.size() + 1]).',
  callee: { c: /^malloc$/, cpp: /^((std::)?malloc|new char)$/ },
  when: missingTerminatorRoom,
});

const constantMeta = {
  cwe: 'CWE-122',
  severity: 'error' as const,
  languages: ['c', 'cpp'] as ('c' | 'cpp')[],
  message:
    'Every size here is a constant, and the bytes written exceed the heap block the destination was allocated with.',
  fix: 'Allocate the block for what is copied into it (terminator included), or copy at most the allocated size.',
};

export const cHeapConstantOverrun = callRule({
  id: 'c-heap-constant-overrun',
  ...constantMeta,
  callee: {
    c: /^(memcpy|memmove|memset|strncpy|strcpy|wmemcpy|wmemmove|wmemset|wcsncpy|wcscpy)$/,
    cpp: /^(std::)?(memcpy|memmove|memset|strncpy|strcpy|wmemcpy|wmemmove|wmemset|wcsncpy|wcscpy)$/,
  },
  when: (call, ctx) => writeOverrun(call, ctx) === 'heap',
});

export const cHeapLoopOverrun: QueryRule = {
  id: 'c-heap-loop-overrun',
  ...constantMeta,
  kind: 'query',
  query: { c: '(assignment_expression) @hit', cpp: '(assignment_expression) @hit' },
  predicate: ({ hit }, ctx) => !!hit && loopWriteOverrun(hit, ctx) === 'heap',
};

/** strcpy/strcat/sprintf of a caller's or input string into a block the file allocates (c-unbounded-copy's heap case). */
export const cUnboundedHeapCopy = unboundedCopyRule({
  id: 'c-unbounded-heap-copy',
  cwe: 'CWE-122',
  storage: 'heap',
  message: 'A string of unchecked length is copied into a heap buffer allocated here without a bound.',
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe122HeapBufferOverflow: readonly Rule[] = [
  allocWithoutTerminator,
  cUnboundedHeapCopy,
  cHeapConstantOverrun,
  cHeapLoopOverrun,
];
