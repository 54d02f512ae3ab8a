// CWE-191 integer underflow (C/C++): a length from a caller or input, minus a header or offset, used as a copy,
// read or allocation size with no check that it is at least what is subtracted.
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { CallInfo } from '../../callInfo';
import type { RuleContext } from '../../RuleContext';
import { callRule } from '../../callRule';
import { atomsOf, fromCallerOrInput } from '../../cBoundsFacts';
import { guardedByComparison } from '../../pdgGuard';
import { ancestor, FUNCTION_TYPES } from '../../walk';
import { uncheckedInputArithmetic } from '../../ruleParts/cInputArithmetic';

/** The size argument of each sized call. */
const SIZE_ARG: Record<string, number> = { memcpy: 2, memmove: 2, memset: 2, malloc: 0, read: 2, recv: 2, fread: 1 };

/** `a - b` itself, or the value a plain local size was last given before `at` (`n = len - HDR; memcpy(.., n)`). */
function subtraction(size: SyntaxNode, at: SyntaxNode, ctx: RuleContext): SyntaxNode | null {
  let expr: SyntaxNode | null = size;
  while (expr?.type === 'parenthesized_expression' || expr?.type === 'cast_expression')
    expr = expr.childForFieldName('value') ?? expr.namedChildren.at(-1) ?? null;
  if (expr?.type === 'identifier') {
    const fn = ancestor(at, FUNCTION_TYPES);
    const name = expr.text;
    const last = (fn ? ctx.assignments(fn) : [])
      .filter((a) => a.node.startIndex < at.startIndex)
      .filter((a) => (a.node.childForFieldName('declarator') ?? a.node.childForFieldName('left'))?.text === name)
      .at(-1);
    expr = last?.value ?? null;
  }
  return expr?.type === 'binary_expression' && expr.childForFieldName('operator')?.text === '-' ? expr : null;
}

/**
 * `ptr - line` where `ptr` was found in or computed from `line` (`ptr = memchr(line, ' ', n)`, `end = buf + n`):
 * a pointer difference inside one buffer, which cannot be negative.
 */
function measuredWithin(minuend: SyntaxNode, diff: SyntaxNode, ctx: RuleContext): boolean {
  const base = diff.childForFieldName('right')?.text.trim() ?? '';
  const fn = ancestor(diff, FUNCTION_TYPES);
  if (!/^\w+$/.test(base) || minuend.type !== 'identifier' || !fn) return false;
  const word = new RegExp(`\\b${base}\\b`);
  return ctx
    .assignments(fn)
    .some(
      (a) =>
        (a.node.childForFieldName('declarator') ?? a.node.childForFieldName('left'))?.text.replace(/^\*+/, '') ===
          minuend.text && word.test(a.value.text),
    );
}

export const cLengthUnderflow = callRule({
  id: 'c-length-underflow',
  cwe: 'CWE-191',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message:
    'A size is a caller or input length minus a header or offset, with no check that the length is at least that much: it wraps to a huge value.',
  fix: 'Check `if (len < HDR) return error;` before computing `len - HDR` and using it as a size.',
  callee: { c: /^(memcpy|memmove|memset|malloc|read|recv|fread)$/, cpp: /^(std::)?(memcpy|memmove|memset|malloc)$/ },
  when: (call: CallInfo, ctx) => {
    const size = call.args[SIZE_ARG[call.name.replace(/^std::/, '')] ?? -1];
    const diff = size && subtraction(size, call.node, ctx);
    const minuend = diff?.childForFieldName('left');
    if (!diff || !minuend) return false;
    const atoms = atomsOf(minuend);
    // Pointer differences (`end - p`) measure a buffer already in memory; only a handed-in length can be short.
    if (atoms.length === 0 || /\b(end|limit|last)\b/i.test(minuend.text)) return false;
    if (!fromCallerOrInput(atoms, call.node, ctx) || measuredWithin(minuend, diff, ctx)) return false;
    if (guardedByComparison(call.node, atoms, ctx) || guardedByComparison(diff, atoms, ctx)) return false;
    // An upper bound on the difference itself (`n = len - off; if (n >= MAX) return -1;`) catches the wrap too.
    return !(size.type === 'identifier' && guardedByComparison(call.node, [size.text], ctx));
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cInputArithmeticUnderflow: QueryRule = {
  id: 'c-input-arithmetic-underflow',
  cwe: 'CWE-191',
  severity: 'warning',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: { c: '(binary_expression) @hit', cpp: '(binary_expression) @hit' },
  message:
    'An integer read from input (or drawn from rand()) has a constant subtracted with no range check before, so the result can wrap below the minimum.',
  fix: 'Compare the value with the limit first (`if (data > INT_MIN + k)`) before subtracting.',
  predicate: ({ hit }, ctx) => !!hit && uncheckedInputArithmetic(hit, /^-$/, ctx) !== null,
};

export const cwe191CUnderflow: readonly Rule[] = [cLengthUnderflow, cInputArithmeticUnderflow];
