// CWE-190 integer overflow or wraparound (C rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { escapeRe, operands } from '../../ruleParts/sizeOperands';
import { isConstant } from '../../stringShape';
import { callRule } from '../../callRule';
import { C } from '../../ruleParts/cLifetimeFacts';
import { atomsOf, fromCallerOrInput, inputDerived } from '../../cBoundsFacts';
import { scopeOf, walk } from '../../walk';
import { declarationsOf } from '../../cDeclarations';
import { uncheckedInputArithmetic } from '../../ruleParts/cInputArithmetic';
import { grownStepwise } from '../../ruleParts/cStepwiseGrowth';
import { limitedBefore } from '../../ruleParts/limitedBefore';

const meta = { cwe: 'CWE-190', severity: 'warning' as const };

/** At least two operands are run-time values (not literals, sizeof or ALL_CAPS constants). */
function variableTerms(node: SyntaxNode, op: string): number {
  return operands(node, op).filter((o) => !isConstant(o) && !/^sizeof|^[A-Z][A-Z0-9_]*$/.test(o.text.trim())).length;
}

const NARROW = /^(std::)?(u?int(8|16)_t|unsigned\s+short|short|unsigned\s+char|uint16|uint8)$/;

const BIT32 = /^(std::)?(u?int32_t|int|unsigned(\s+int)?|uint32|int32)$/;

/** Overflow-checked ways to compute a size, and the limits code compares against before multiplying. */
const CHECKED_SIZE =
  /SIZE_MAX|INT_MAX|UINT_MAX|__builtin_(mul|add)_overflow|ckd_(mul|add)|check_(mul|add)_overflow|\b(array_size|array3_size|struct_size|size_mul|reallocarray|kcalloc|kmalloc_array|g_new0?|safe_mul)\s*\(|overflow/;

/** The factors of a real product in the size (`n * sizeof(T)`), or none when `*` is only a dereference (`*len`). */
function productFactors(size: SyntaxNode): SyntaxNode[] {
  const product = [...walk(size)].find(
    (n) => n.type === 'binary_expression' && n.childForFieldName('operator')?.text === '*',
  );
  return product ? operands(product, '*') : [];
}

export const cAllocOverflow = callRule({
  id: 'c-alloc-size-overflow',
  cwe: 'CWE-190',
  severity: 'warning',
  languages: [...C],
  message: 'An allocation size is a product of run-time values that can overflow and allocate too little.',
  fix: 'Check the multiplication (n > SIZE_MAX / size) before allocating, or use calloc(n, size).',
  callee: { c: /^(malloc|realloc|alloca)$/, cpp: /^(std::)?(malloc|realloc|alloca)$/ },
  when: (call, ctx) => {
    const size = call.name.endsWith('realloc') ? call.args[1] : call.args[0];
    if (!size || isConstant(size)) return false;
    const factors = productFactors(size).filter((f) => !/^sizeof|^\(?\s*\d+\s*\)?$/.test(f.text.trim()));
    // Evidence: a factor must come from a caller or input; products of local constants cannot be steered.
    if (factors.length === 0 || !fromCallerOrInput(atomsOf(size), call.node, ctx)) return false;
    if (CHECKED_SIZE.test(scopeOf(call.node).text)) return false;
    return !factors.every((f) => atomsOf(f).every((a) => limitedBefore(a, call.node)));
  },
  // One 32-bit count times sizeof is computed in size_t: it wraps only where size_t is 32 bits, so it is a note.
  tierOf: (call, ctx) => {
    const size = call.name.endsWith('realloc') ? call.args[1] : call.args[0];
    const factors = size ? productFactors(size) : [];
    const counts = factors.filter((f) => !/^sizeof/.test(f.text.trim()) && !/^\d+$/.test(f.text.trim()));
    const hasSizeof = factors.some((f) => /^sizeof/.test(f.text.trim()));
    // A list grown one element at a time or by doubling (`n++; realloc(v, n * sizeof *v)`) is a note.
    const array = call.name.endsWith('realloc') ? call.args[0] : undefined;
    if (array && counts.length > 0 && counts.every((f) => grownStepwise(f, array, call.node))) return 'note';
    const atoms = counts.length === 1 && counts[0] ? atomsOf(counts[0]) : [];
    const declared = atoms.length === 1 ? declarationsOf(call.node, ctx).find((d) => d.name === atoms[0]) : undefined;
    if (!hasSizeof || !declared || declared.indirect || !NARROW_OR_32.test(declared.type.trim())) return 'finding';
    // A signed count read from input with no test at all (the rule's `when`) is the classic CWE-680 shape: the
    // file or peer picks any value, negative ones included, and nothing in view limits it.
    const signed = !/\bunsigned\b|\bu_?int|\buint/.test(declared.type);
    return signed && inputDerived(declared.name, call.node, ctx) ? 'finding' : 'note';
  },
});

const NARROW_OR_32 =
  /^(const\s+)?((un)?signed\s+)?(int|short|char)$|^(const\s+)?(unsigned|signed)$|^(const\s+)?(std::)?u?int(8|16|32)_t$/;

/**
 * The sum a check compares: the expression itself, or a local set once before the check to a sum
 * (`need = sb->len + n + 1; if (need > sb->cap)`), which wraps the same way.
 */
function sumOf(side: SyntaxNode | null, at: SyntaxNode): SyntaxNode | null {
  if (side?.type !== 'identifier') return side;
  const values: SyntaxNode[] = [];
  for (const n of walk(scopeOf(at))) {
    if (n.startIndex >= at.startIndex) break;
    if (n.type === 'init_declarator' && n.childForFieldName('declarator')?.text === side.text) {
      const v = n.childForFieldName('value');
      if (v) values.push(v);
    }
    if (n.type === 'assignment_expression' && n.childForFieldName('left')?.text === side.text) {
      const v = n.childForFieldName('right');
      if (v && n.childForFieldName('operator')?.text === '=') values.push(v);
      else return null;
    }
  }
  return values.length === 1 ? (values[0] ?? null) : null;
}

/** A wrap test of a local sum before `at`: `if (need < len)` (it came out smaller than a term) or a `_MAX` bound. */
function wrapTested(name: string, at: SyntaxNode): boolean {
  const fn = scopeOf(at);
  const before = fn.text.slice(0, at.startIndex - fn.startIndex);
  const n = escapeRe(name);
  return new RegExp(`\\b${n}\\s*<[^<=]|>\\s*${n}\\b|\\b\\w*_MAX\\b|\\b\\w*add_overflow\\b`).test(before);
}

/** An earlier wrap test of a term against a type limit: `if (n > SIZE_MAX - b->len - 1) return ...`. */
function maxTestedBefore(terms: readonly string[], at: SyntaxNode): boolean {
  const fn = scopeOf(at);
  const before = fn.text.slice(0, at.startIndex - fn.startIndex);
  return terms.some((t) =>
    new RegExp(`\\b${escapeRe(t)}\\s*>=?\\s*\\w*_MAX\\s*-|\\w*_MAX\\s*-[^;{}]*<=?\\s*${escapeRe(t)}\\b`).test(before),
  );
}

export const cCheckedSumWraps: QueryRule = {
  ...meta,
  id: 'c-bounds-check-sum-wraps',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: { c: '(if_statement condition: (_) @cond) @hit', cpp: '(if_statement condition: (_) @cond) @hit' },
  message: 'The bounds check adds two run-time values (offset + len > size); the sum can wrap and pass the check.',
  fix: 'Check without adding: offset > size || len > size - offset.',
  predicate: ({ cond }, ctx) => {
    if (!cond) return false;
    const sums = cond
      .descendantsOfType('binary_expression')
      .filter((b): b is SyntaxNode => b !== null && /^(>|>=)$/.test(b.childForFieldName('operator')?.text ?? ''));
    return sums.some((cmp) => {
      const left = sumOf(cmp.childForFieldName('left'), cond);
      if (!left || !/binary_expression/.test(left.type) || left.childForFieldName('operator')?.text !== '+')
        return false;
      if (left !== cmp.childForFieldName('left') && wrapTested(cmp.childForFieldName('left')?.text ?? '', cond))
        return false;
      const terms = operands(left, '+').map((o) => o.text);
      if (variableTerms(left, '+') < 2 || /\.size\(\)|sizeof/.test(left.text)) return false;
      if (maxTestedBefore(terms, cond)) return false;
      // Evidence: every summand comes from a caller or input; a sum of local counters is not steerable.
      if (!operands(left, '+').every((o) => o.type === 'number_literal' || fromCallerOrInput(atomsOf(o), cond, ctx)))
        return false;
      // Only checks that guard a later copy or read sized by one of the summands.
      const after = scopeOf(cond).text.slice(cond.endIndex - scopeOf(cond).startIndex);
      return terms.some((t) =>
        new RegExp(`\\b(memcpy|memmove|memset|strncpy|fread|read)\\s*\\([^;]*,\\s*${escapeRe(t)}\\s*\\)`).test(after),
      );
    });
  },
};

export const narrowSizeArithmetic: QueryRule = {
  ...meta,
  id: 'narrow-size-arithmetic',
  languages: ['c', 'cpp', 'java'],
  kind: 'query',
  query: {
    c: '(declaration type: (_) @type declarator: (init_declarator declarator: (identifier) @name value: (binary_expression) @value)) @hit',
    cpp: '(declaration type: (_) @type declarator: (init_declarator declarator: (identifier) @name value: (binary_expression) @value)) @hit',
    java: '(local_variable_declaration type: (_) @type declarator: (variable_declarator name: (identifier) @name value: (binary_expression) @value)) @hit',
  },
  message: 'A size computed from run-time values is stored in an integer type that is too small and can wrap.',
  fix: 'Compute sizes in size_t/uint64_t (long in Java, Math.multiplyExact) and reject values above a limit before using them.',
  predicate: ({ type, name, value }) => {
    if (!type || !name || !value) return false;
    const op = value.childForFieldName('operator')?.text ?? '';
    const t = type.text.trim();
    // Assembling a 16-bit value from bytes (hi << 8) + lo, or applying a sign, cannot exceed the type.
    if (/<<\s*8\b|\*\s*256\b|sign\b/.test(value.text)) return false;
    if (NARROW.test(t)) return (op === '+' || op === '*') && variableTerms(value, op) >= 2;
    if (!BIT32.test(t) || op !== '*' || variableTerms(value, '*') < 2) return false;
    // Every factor compared with an upper limit first (`if (w > 16384 || h > 16384) return`) keeps the product small.
    const factors = operands(value, '*').filter((o) => !isConstant(o) && !/^sizeof|^[A-Z][A-Z0-9_]*$/.test(o.text));
    if (factors.every((f) => atomsOf(f).every((a) => limitedBefore(a, value)))) return false;
    // A 32-bit product matters when it sizes an allocation or a limit check.
    const rest = scopeOf(value).text.slice(value.endIndex - scopeOf(value).startIndex);
    const n = escapeRe(name.text);
    return new RegExp(
      `new\\s+[\\w:]+\\s*\\[\\s*${n}\\s*\\]|\\b(malloc|calloc|alloca|resize|reserve)\\s*\\(\\s*${n}\\b|\\b${n}\\s*>`,
    ).test(rest);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cInputArithmeticOverflow: QueryRule = {
  id: 'c-input-arithmetic-overflow',
  ...meta,
  languages: [...C],
  kind: 'query',
  query: { c: '(binary_expression) @hit', cpp: '(binary_expression) @hit' },
  message:
    'An integer read from input (or drawn from rand()) is added to or multiplied with no range check before, so the result can wrap.',
  fix: 'Compare the value with the limit first (`if (data < INT_MAX - k)`, `if (abs(data) < sqrt(INT_MAX))`) or compute in a wider type and check.',
  predicate: ({ hit }, ctx) => !!hit && uncheckedInputArithmetic(hit, /^[+*]$/, ctx) !== null,
};

export const cwe190C: readonly Rule[] = [
  cAllocOverflow,
  cCheckedSumWraps,
  narrowSizeArithmetic,
  cInputArithmeticOverflow,
];
