// CWE-190 integer overflow or wraparound (Rust rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import type { RuleContext } from '../../RuleContext';
import { callRule } from '../../callRule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { RUST_DECODED, isRustRequestValue, rustLetValue } from '../../ruleParts/rustParameters';
import { IDENTIFIER_TYPES, scopeOf, walk } from '../../walk';

const SIZE_NAME = /size|len|total|bytes|count|cap|alloc|offset/i;

export const rustWrappingSize = callRule({
  id: 'rust-wrapping-size',
  cwe: 'CWE-190',
  severity: 'warning',
  languages: ['rust'],
  message: 'A size is computed with wrapping arithmetic, so large inputs wrap to a small value silently.',
  fix: 'Use checked_mul/checked_add and reject overflow (or saturating_* with a limit), then validate the size.',
  callee: { rust: /\.wrapping_(mul|add|shl|pow)$/ },
  when: (call) => {
    let holder: SyntaxNode | null = call.node.parent;
    while (
      holder &&
      holder.type !== 'let_declaration' &&
      holder.type !== 'assignment_expression' &&
      !/_item$|block$/.test(holder.type)
    )
      holder = holder.parent;
    const target = holder?.childForFieldName('pattern') ?? holder?.childForFieldName('left');
    return !!target && SIZE_NAME.test(target.text) && !/hash|seed|checksum|crc/i.test(target.text);
  },
});

/** An overflow-aware product or a bound on the factors somewhere in the function. */
const BOUNDED = /\.(checked|saturating|overflowing)_\w+\s*\(|try_from|try_into|\.min\s*\(|\.clamp\s*\(|::MAX\b/;
/** Where a product becomes an allocation size. */
const ALLOCATES = /vec!\s*\[[^\]]*;|with_capacity\s*\(|\.resize\s*\(|\.repeat\s*\(|alloc\w*\s*\(|Layout::/;

/** The `let` a product is bound by, if any: its pattern names the value. */
function boundName(n: SyntaxNode): string {
  for (let cur = n.parent; cur && cur.type !== 'block'; cur = cur.parent)
    if (cur.type === 'let_declaration') return cur.childForFieldName('pattern')?.text ?? '';
  return '';
}

/** The bound name sizes an allocation after the product (`let pixels = w * h;` then `Vec::with_capacity(pixels * 4)`). */
function allocatesLater(name: string, hit: SyntaxNode, fn: SyntaxNode): boolean {
  if (!/^\w+$/.test(name)) return false;
  const after = fn.text.slice(hit.endIndex - fn.startIndex);
  const n = `\\b${name}\\b`;
  return new RegExp(
    `vec!\\s*\\[[^\\]]*;[^\\]]*${n}|(with_capacity|\\.resize|\\.repeat|alloc\\w*)\\s*\\([^)]*${n}`,
  ).test(after);
}

/**
 * A size computed by multiplying request numbers (`width * height * 4`) with plain arithmetic: release builds wrap
 * on overflow, so a huge request yields a small buffer that later indexing or copying overruns. Flagged when the
 * product is bound to a size-named local or used in an allocation, and no factor is bounded or checked in the function.
 */
export const rustInputSizeProduct: QueryRule = {
  id: 'rust-input-size-product',
  cwe: 'CWE-190',
  severity: 'warning',
  languages: ['rust'],
  message: 'A size is the product of request values in plain integer arithmetic, which wraps in release builds.',
  fix: 'Compute with checked_mul (reject None) or bound each factor against a maximum before multiplying.',
  kind: 'query',
  query: { rust: '(binary_expression operator: "*") @hit' },
  predicate: ({ hit }, ctx) => {
    // The outermost product only (`width * height * 4` is one size).
    if (!hit || hit.parent?.childForFieldName('operator')?.text === '*') return false;
    const name = boundName(hit);
    const fn = scopeOf(hit);
    const used = SIZE_NAME.test(name) || ALLOCATES.test(hit.parent?.text ?? '') || allocatesLater(name, hit, fn);
    if (!used || BOUNDED.test(fn.text)) return false;
    const factors = [...walk(hit)].filter((n) => IDENTIFIER_TYPES.has(n.type) || n.type === 'field_expression');
    if (!factors.some((f) => isRustRequestValue(f, ctx))) return false;
    const before = fn.text.slice(0, hit.startIndex - fn.startIndex);
    return !factors.some((f) => new RegExp(`\\b${f.text.replace(/\./g, '\\.')}\\s*(>|>=|<|<=)\\s*\\w`).test(before));
  },
};

/** The operand was decoded from bytes in this function, or read from the request. */
function decodedOperand(op: SyntaxNode, fn: string, ctx: RuleContext): boolean {
  if (isRustRequestValue(op, ctx)) return true;
  if (op.type !== 'identifier') return false;
  return RUST_DECODED.test(rustLetValue(op.text, fn));
}

/**
 * `let end = offset + len;` where both come off the wire, then `end` is compared with a length: in release builds the
 * sum wraps, so a huge `len` makes `end` small and passes the check. A finding where the function reads through
 * `unsafe` (get_unchecked, raw pointers); a note otherwise, where the wrapped bound makes safe slicing panic.
 */
export const rustUncheckedOffsetSum: QueryRule = {
  id: 'rust-unchecked-offset-sum',
  cwe: 'CWE-190',
  severity: 'warning',
  languages: ['rust'],
  message:
    'An end offset is the plain sum of two decoded values; in release builds it wraps and slips past the bound check.',
  fix: 'Compute the end with checked_add and reject None (offset.checked_add(len).filter(|&e| e <= buf.len())).',
  kind: 'query',
  query: { rust: '(let_declaration pattern: (identifier) @name value: (binary_expression operator: "+") @sum) @hit' },
  predicate: ({ name, sum, hit }, ctx) => {
    if (!name || !sum || !hit) return false;
    const fn = scopeOf(hit);
    if (/\.(checked|overflowing|saturating)_add\s*\(/.test(fn.text)) return false;
    const [left, right] = [sum.childForFieldName('left'), sum.childForFieldName('right')];
    if (!left || !right || ![left, right].every((op) => decodedOperand(op, fn.text, ctx))) return false;
    const after = fn.text.slice(hit.endIndex - fn.startIndex);
    const before = fn.text.slice(0, hit.startIndex - fn.startIndex);
    const compared = (n: string, text: string): boolean =>
      new RegExp(`\\b${n}\\s*(<|<=|>|>=)[^=]|(<|<=|>|>=)\\s*${n}\\b`).test(text);
    // Limits on both operands before the sum keep it from wrapping (one bounded operand plus a huge one still wraps).
    return compared(name.text, after) && !(compared(left.text, before) && compared(right.text, before));
  },
  tierOf: ({ hit }) => (hit && /\bunsafe\b/.test(scopeOf(hit).text) ? 'finding' : 'note'),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe190Rust: readonly Rule[] = [rustWrappingSize, rustInputSizeProduct, rustUncheckedOffsetSum];
