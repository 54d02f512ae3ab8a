// CWE-190: size arithmetic that wraps: a bounds check written as `a + b > limit`, a sum or product stored in a
// narrow integer, and products of run-time values computed in 32 bits before they size an allocation.
import { atomsOf, fromCallerOrInput } from '../cBoundsFacts';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import { isConstant } from '../stringShape';
import { namedChildren, scopeOf } from '../walk';

const meta = { cwe: 'CWE-190', severity: 'warning' as const };
const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Top-level operands of a chain of the same arithmetic operator. */
function operands(node: SyntaxNode, op: string): SyntaxNode[] {
  if (/binary_expression/.test(node.type) && node.childForFieldName('operator')?.text === op) {
    return namedChildren(node).flatMap((c) => operands(c, op));
  }
  if (node.type === 'parenthesized_expression') return namedChildren(node).flatMap((c) => operands(c, op));
  return [node];
}

/** At least two operands are run-time values (not literals, sizeof or ALL_CAPS constants). */
function variableTerms(node: SyntaxNode, op: string): number {
  return operands(node, op).filter((o) => !isConstant(o) && !/^sizeof|^[A-Z][A-Z0-9_]*$/.test(o.text.trim())).length;
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
      const left = cmp.childForFieldName('left');
      if (!left || !/binary_expression/.test(left.type) || left.childForFieldName('operator')?.text !== '+')
        return false;
      const terms = operands(left, '+').map((o) => o.text);
      if (variableTerms(left, '+') < 2 || /\.size\(\)|sizeof/.test(left.text)) return false;
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

const NARROW = /^(std::)?(u?int(8|16)_t|unsigned\s+short|short|unsigned\s+char|uint16|uint8)$/;
const BIT32 = /^(std::)?(u?int32_t|int|unsigned(\s+int)?|uint32|int32)$/;

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
    // A 32-bit product matters when it sizes an allocation or a limit check.
    const rest = scopeOf(value).text.slice(value.endIndex - scopeOf(value).startIndex);
    const n = escapeRe(name.text);
    return new RegExp(
      `new\\s+[\\w:]+\\s*\\[\\s*${n}\\s*\\]|\\b(malloc|calloc|alloca|resize|reserve)\\s*\\(\\s*${n}\\b|\\b${n}\\s*>`,
    ).test(rest);
  },
};

export const goNarrowProduct: QueryRule = {
  ...meta,
  id: 'go-narrow-product',
  languages: ['go'],
  kind: 'query',
  query: {
    go: '(short_var_declaration left: (expression_list (identifier) @name) right: (expression_list (binary_expression operator: "*") @value)) @hit',
  },
  message: 'A size is multiplied in a 32-bit (or smaller) integer type, so large inputs wrap past the limit check.',
  fix: 'Convert to int64/uint64 before multiplying and compare against the limit.',
  predicate: ({ value }, ctx) => {
    if (!value) return false;
    const body = scopeOf(value).text;
    const names = operands(value, '*')
      .filter((o) => o.type === 'identifier')
      .map((o) => escapeRe(o.text));
    return (
      names.length >= 2 &&
      names.some((n) => new RegExp(`\\b${n}\\s*:?=\\s*u?int(8|16|32)\\(`).test(body)) &&
      ctx.language === 'go'
    );
  },
};
