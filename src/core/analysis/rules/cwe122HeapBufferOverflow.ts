// CWE-122 heap buffer overflow: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { CallInfo } from '../callInfo';
import { scopeOf } from '../walk';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { callRule } from '../callRule';
import { holderPastCasts } from '../ruleParts/cppCasts';
import { loopWriteOverrun, writeOverrun } from '../ruleParts/cConstantOverrun';

/** `p = malloc(n)` / `new char[s.size()]` followed by `p[n] = ...` or strcpy(p, ...): no room for the terminator. */
function missingTerminatorRoom(call: CallInfo): boolean {
  const holder = holderPastCasts(call.node);
  const target = (holder?.childForFieldName('declarator') ?? holder?.childForFieldName('left'))?.text.replace(
    /^\*+\s*/,
    '',
  );
  const size = call.name === 'new char' ? /\[(.*)\]$/s.exec(call.node.text)?.[1]?.trim() : call.args[0]?.text.trim();
  if (!target || !/^\w+$/.test(target) || !size || /\+|sizeof/.test(size)) return false;
  const rest = scopeOf(call.node).text.slice(call.node.endIndex - scopeOf(call.node).startIndex);
  const p = escapeRegExp(target);
  const sizedByString = /^(strlen\s*\(|[\w.]+\.(size|length)\(\)$)/.test(size);
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

/** Every rule in this file, in the order the registry runs them. */
export const cwe122HeapBufferOverflow: readonly Rule[] = [
  allocWithoutTerminator,
  cHeapConstantOverrun,
  cHeapLoopOverrun,
];
