// CWE-121 stack buffer overflow: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { FUNCTION_TYPES, ancestor, walk } from '../walk';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { atomsOf, fromCallerOrInput } from '../cBoundsFacts';
import { callRule } from '../callRule';
import { loopWriteOverrun, writeOverrun } from '../ruleParts/cConstantOverrun';
import { clampedWhenSet } from '../ruleParts/cClampedValue';
import { unboundedCopyRule } from '../ruleParts/cUnboundedCopy';

const C = ['c', 'cpp'] as const;

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The declared size text of a local array `char name[SIZE]` in the function, or null. */
function localArraySize(fn: SyntaxNode, name: string): string | null {
  const m = new RegExp(
    `\\b(?:char|u?int\\d*_t|unsigned char|wchar_t|int|uint8_t|std::byte)\\s+(?:[\\w\\s,*]*?[,\\s])?${esc(name)}\\s*\\[\\s*([^\\]]+)\\]`,
  ).exec(fn.text);
  return m?.[1]?.trim() ?? null;
}

/** Conditions of the function's if/while/for statements. */
function conditions(fn: SyntaxNode): string[] {
  return [...walk(fn)]
    .filter((n) => /^(if|while|for)_statement$/.test(n.type))
    .map((n) => (n.childForFieldName('condition') ?? n).text);
}

function overrunsStackArray(call: CallInfo, ctx: RuleContext): boolean {
  const read = /^(read|recv)$/.test(call.name.replace(/^(::|std::)/, ''));
  const dst = read ? call.args[1] : call.args[0];
  const length = call.args[2];
  const fn = ancestor(call.node, FUNCTION_TYPES);
  if (!fn || !dst || !length || !/^\w+$/.test(dst.text) || /^sizeof/.test(length.text.trim())) return false;
  const size = localArraySize(fn, dst.text);
  const atoms = atomsOf(length);
  if (!size || atoms.length === 0 || !fromCallerOrInput(atoms, call.node, ctx)) return false;
  // Bounded only by a comparison that involves both the length and the array's capacity (sizeof dst or its size).
  const capacity = new RegExp(`sizeof\\s*\\(?\\s*${esc(dst.text)}\\b|${esc(size)}`);
  // A cap with a constant (len > 1024, length > MAXPASS) also bounds it; a comparison with another variable does not.
  const capped = (c: string): boolean =>
    atoms.some((a) => new RegExp(`${esc(a)}\\s*(>|>=)\\s*([A-Z_][A-Z_0-9]*\\b|\\d+|sizeof)`).test(c));
  return (
    !conditions(fn).some((c) => (capacity.test(c) && atoms.some((a) => c.includes(a))) || capped(c)) &&
    !new RegExp(`\\b(min|MIN|std::min)\\s*(<[^;()<>]*>\\s*)?\\(`).test(length.text) &&
    // `n = std::min<size_t>(len, sizeof buf);` then `memcpy(buf, src, n)`: clamped where it was set.
    !(length.type === 'identifier' && clampedWhenSet(length.text, call.node, ctx))
  );
}

export const cStackCopyUnbounded = callRule({
  id: 'c-stack-copy-unbounded',
  cwe: 'CWE-121',
  severity: 'error',
  languages: [...C],
  message: 'A length from input or a caller copies into a local array without being compared with the array size.',
  fix: 'Reject (or clamp) the length against sizeof the local buffer before copying or reading into it.',
  callee: { c: /^(memcpy|memmove|strncpy|read|recv)$/, cpp: /^(::|std::)?(memcpy|memmove|strncpy|read|recv)$/ },
  when: overrunsStackArray,
});

export const cVlaFromInput: QueryRule = {
  id: 'c-vla-from-input',
  cwe: 'CWE-121',
  severity: 'warning',
  languages: [...C],
  kind: 'query',
  query: { c: '(array_declarator size: (_) @size) @hit', cpp: '(array_declarator size: (_) @size) @hit' },
  message:
    'A stack array is sized at run time by a caller or input length; a long input exhausts or overruns the stack.',
  fix: 'Use a fixed maximum size (and reject longer input) or allocate on the heap.',
  predicate: ({ size, hit }, ctx) => {
    if (
      !size ||
      !hit ||
      /^[A-Z0-9_]+$|^\d+$|sizeof/.test(size.text.trim()) ||
      ancestor(hit, new Set(['parameter_declaration', 'field_declaration']))
    )
      return false;
    const fn = ancestor(hit, FUNCTION_TYPES);
    const atoms = atomsOf(size);
    return (
      fn !== null &&
      atoms.length > 0 &&
      fromCallerOrInput(atoms, hit, ctx) &&
      // An upper bound compares the length with a constant (len > MAX_MSG); `i < len` in a loop bounds i, not len.
      !conditions(fn).some((c) =>
        atoms.some((a) =>
          new RegExp(
            `\\b${esc(a)}\\s*(>|>=)\\s*([A-Z_0-9]+\\b|\\d|sizeof)|([A-Z_0-9]+|\\d+)\\s*(<|<=)\\s*${esc(a)}\\b`,
          ).test(c),
        ),
      )
    );
  },
};

const constantMeta = {
  cwe: 'CWE-121',
  severity: 'error' as const,
  languages: [...C],
  message:
    'Every size here is a constant, and the bytes written exceed the stack buffer the destination names (a pointer last set to a smaller array counts as that array).',
  fix: "Copy at most the destination's capacity (sizeof the destination array, minus one for a terminator), or point the destination at a buffer large enough for the copy.",
};

export const cStackConstantOverrun = callRule({
  id: 'c-stack-constant-overrun',
  ...constantMeta,
  callee: {
    c: /^(memcpy|memmove|memset|strncpy|strcpy|wmemcpy|wmemmove|wmemset|wcsncpy|wcscpy)$/,
    cpp: /^(std::)?(memcpy|memmove|memset|strncpy|strcpy|wmemcpy|wmemmove|wmemset|wcsncpy|wcscpy)$/,
  },
  when: (call, ctx) => writeOverrun(call, ctx) === 'stack',
});

export const cStackLoopOverrun: QueryRule = {
  id: 'c-stack-loop-overrun',
  ...constantMeta,
  kind: 'query',
  query: { c: '(assignment_expression) @hit', cpp: '(assignment_expression) @hit' },
  predicate: ({ hit }, ctx) => !!hit && loopWriteOverrun(hit, ctx) === 'stack',
};

/** strcpy/strcat/sprintf of a caller's or input string into a local array (c-unbounded-copy's stack case). */
export const cUnboundedStackCopy = unboundedCopyRule({
  id: 'c-unbounded-stack-copy',
  cwe: 'CWE-121',
  storage: 'stack',
  message: 'A string of unchecked length is copied into a local (stack) array without a bound.',
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe121StackBufferOverflow: readonly Rule[] = [
  cUnboundedStackCopy,
  cStackCopyUnbounded,
  cVlaFromInput,
  cStackConstantOverrun,
  cStackLoopOverrun,
];
