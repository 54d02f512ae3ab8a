// CWE-787 out-of-bounds write: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { IDENTIFIER_TYPES, scopeOf, walk } from '../walk';
import { C_LANGUAGES as C, escapeRegExp } from '../ruleParts/textPatterns';
import { callRule } from '../callRule';
import { memberIndexTier } from '../ruleParts/cMemberIndex';
import { unseenMemberAccess, unseenMemberIndex } from '../ruleParts/cppUnseenMember';
import { descriptorIndexedTable } from '../ruleParts/cDescriptorTable';
import { setToNumberBefore } from '../ruleParts/cConstantLength';
import { isConstant } from '../stringShape';
import { allocatedWithLength, atomsOf, fromCallerOrInput } from '../cBoundsFacts';
import { isTainted } from '../ruleHelpers';
import { comparesName, functionPdg, guardedByComparison } from '../pdgGuard';
import { declarationsOf } from '../cDeclarations';
import { clampedWhenSet, roomLeftWhenSet } from '../ruleParts/cClampedValue';
import { capacityParameter, usesCapacity } from '../ruleParts/cDestinationCapacity';
import { C as C_PAIR, isWrite, subscript, uncheckedIndex } from '../ruleParts/cIndexAccess';
import { boundsChecked as boundsCheckedRustMemory } from '../ruleParts/rustBoundsChecked';
import { measuredContainer } from '../ruleParts/cppSizedContainers';
import { onlyKeptState } from '../ruleParts/cKeptState';

/** Some identifier of `expr` is compared (<, >, <=, >=, min) somewhere in its function. */
export function boundsChecked(expr: SyntaxNode, ctx: RuleContext): boolean {
  const scope = scopeOf(expr).text;
  const names = [...walk(expr)].filter((n) => IDENTIFIER_TYPES.has(n.type)).map((n) => escapeRegExp(n.text));
  if (/sizeof/.test(expr.text) && names.length <= 1) return true;
  return (
    names.some((n) =>
      new RegExp(
        `\\b${n}\\b[^;{}\\n]*(<|>|<=|>=)|(<|>|<=|>=)[^;{}\\n]*\\b${n}\\b|\\b(MIN|min|std::min)\\s*\\([^;]*\\b${n}\\b`,
      ).test(scope),
    ) || ctx.code.length === 0
  );
}

/** The length clamps itself: `n < sizeof buf ? n : sizeof buf - 1`, `MIN(n, cap)`. */
function boundedInPlace(length: SyntaxNode, atoms: readonly string[]): boolean {
  const bare = length.type === 'parenthesized_expression' ? (length.namedChildren[0] ?? length) : length;
  return /conditional_expression|call_expression/.test(bare.type) && comparesName(bare, atoms);
}

/** The destination is a parameter that comes with its capacity (`char *dst, size_t dst_size`) and the length is it. */
function sizedByCapacity(dst: SyntaxNode, length: SyntaxNode, ctx: RuleContext): boolean {
  if (dst.type !== 'identifier') return false;
  const params = declarationsOf(dst, ctx).filter((d) => d.parameter);
  if (!params.some((p) => p.name === dst.text && p.indirect)) return false;
  const capacity = capacityParameter(dst.text, params);
  return capacity !== undefined && usesCapacity(length, capacity, ctx);
}

/**
 * The length is the destination's own size: a container's (`memcpy(a.data(), src, a.size())`), or the capacity a
 * record keeps beside its buffer (`strncpy((char *)opt->val, s, opt->size - 1)`), which its owner set together.
 */
function ownSize(dst: SyntaxNode, length: SyntaxNode): boolean {
  const owner = /^([\w.>-]+?)\s*\.\s*size\s*\(\s*\)$/.exec(length.text.trim())?.[1]?.replace(/\s+/g, '');
  const target = dst.text.replace(/\s+/g, '');
  if (owner !== undefined && (target === `${owner}.data()` || target === `&${owner}[0]`)) return true;
  const record = /^(\([^()]*\))?([\w.>-]+?)(->|\.)\w+$/.exec(target)?.[2];
  const kept = /^([\w.>-]+?)(->|\.)(size|capacity|cap|max_?len|\w*_size|\w*Size)(-1)?$/.exec(squash(length.text));
  return record !== undefined && kept?.[1] === record;
}

const squash = (t: string): string => t.replace(/\s+/g, '');

/** The destination is (an element of, or an offset into) an array declared with a size in this function. */
function fixedArrayDestination(dst: SyntaxNode): boolean {
  const name = /^\(?\s*&?\s*(\w+)\s*(\[|\+|\)|$)/.exec(dst.text.trim())?.[1];
  return name !== undefined && new RegExp(`\\b${escapeRegExp(name)}\\s*\\[[^\\]]+\\]\\s*[;=,]`).test(scopeOf(dst).text);
}

export const cCopyLength = callRule({
  id: 'c-unchecked-copy-length',
  cwe: 'CWE-787',
  severity: 'error',
  languages: [...C],
  message: 'The copy length comes from input or is never compared with the destination size.',
  fix: 'Check the length against the destination size (sizeof dst) before copying, or clamp it.',
  callee: {
    c: /^(memcpy|memmove|strncpy|strncat|memset|bcopy|copy_from_user|__copy_from_user)$/,
    cpp: /^(std::)?(memcpy|memmove|strncpy|strncat|memset)$/,
  },
  when: (call, ctx) => {
    const length = call.args[2];
    const dst = call.args[0];
    if (!length || !dst || isConstant(length) || /^sizeof/.test(length.text.trim()) || ownSize(dst, length))
      return false;
    const atoms = atomsOf(length);
    // Evidence first: the length must come from a caller or input (not a local computation), memset only
    // from input, and a destination allocated from the same length is sized for it.
    if (/memset$/.test(call.name) ? !isTainted(length, ctx) : !fromCallerOrInput(atoms, call.node, ctx)) return false;
    if (allocatedWithLength(dst, atoms, ctx) || boundedInPlace(length, atoms) || sizedByCapacity(dst, length, ctx))
      return false;
    if (length.type === 'identifier' && clampedWhenSet(length.text, call.node, ctx)) return false;
    if (setToNumberBefore(length, call.node, ctx)) return false;
    if (length.type === 'identifier' && roomLeftWhenSet(length.text, call.node, ctx)) return false;
    // In C a zero or NULL test of the length is no bound (`if (n == 0) return;`); C++ is left as it was.
    // The PDG decides whether a comparison on the length (a whole field such as m->len, not any name inside
    // it) controls or precedes the copy; measured, this flags fewer secure samples than "any comparison anywhere".
    const guarded = functionPdg(call.node, ctx)
      ? guardedByComparison(call.node, atoms, ctx, { bound: ctx.language === 'c' })
      : boundsChecked(length, ctx);
    return !guarded;
  },
  // A length that is the object's own kept size (`q->elem_size`) copied into a destination whose capacity this
  // function cannot see is how real C code moves records between buffers its owner sized together: a note.
  tierOf: (call, ctx) => {
    const [dst, , length] = call.args;
    if (!dst || !length) return 'finding';
    // So is a copy into a member of a class declared elsewhere, sized by the method's caller (cppUnseenMember).
    return (!fixedArrayDestination(dst) && onlyKeptState(length, call.node, ctx)) ||
      unseenMemberAccess(dst, length, call.node, ctx)
      ? 'note'
      : 'finding';
  },
});

export const cIndexWrite: QueryRule = {
  id: 'c-unchecked-index-write',
  cwe: 'CWE-787',
  severity: 'error',
  languages: [...C_PAIR],
  kind: 'query',
  query: subscript,
  message: 'An array is written at an index that comes from input or a caller without a bounds check.',
  fix: 'Compare the index with 0 and the array length before writing (or use .at() in C++).',
  // Or an integer parameter indexing a struct parameter's array member with no check (cMemberIndex: tier by evidence).
  predicate: ({ hit }, ctx) =>
    hit !== undefined && isWrite(hit) && (uncheckedIndex(hit, ctx) || memberIndexTier(hit, ctx) !== null),
  // A member of a class declared elsewhere, indexed by a method's own parameters, is shown (cppUnseenMember).
  tierOf: ({ hit }, ctx) =>
    hit && !uncheckedIndex(hit, ctx)
      ? (memberIndexTier(hit, ctx) ?? 'finding')
      : hit && (unseenMemberIndex(hit, ctx) || descriptorIndexedTable(hit, ctx))
        ? 'note'
        : 'finding',
};

/** Arrays declared `name[bound]` anywhere in the file, memoised per bound (it was a whole-file scan per loop). */
function arraysSizedBy(bound: string, ctx: RuleContext): (string | undefined)[] {
  const key = `cwe787:arraysSizedBy:${bound}`;
  let found = ctx.memo.get(key) as (string | undefined)[] | undefined;
  if (!found) {
    const declared = new RegExp(`(\\w+)\\s*\\[\\s*${escapeRegExp(bound)}\\s*\\]\\s*[;={]`, 'g');
    found = [...ctx.code.matchAll(declared)].map((m) => m[1]);
    ctx.memo.set(key, found);
  }
  return found;
}

export const cppInclusiveLoopBound: QueryRule = {
  id: 'cpp-inclusive-loop-bound',
  cwe: 'CWE-787',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(for_statement condition: (binary_expression left: (identifier) @i operator: "<=" right: (_) @bound) body: (_) @body) @hit',
  },
  message:
    'The loop runs while i <= N over an array of N elements (or i <= v.size() over v), so the last iteration indexes one past the end.',
  fix: 'Loop while i < N (or over the container with a range-for).',
  predicate: ({ i, bound, body, hit }, ctx) => {
    if (!i || !bound || !body || !hit) return false;
    // `i <= v.size()` over the container itself (cpp-inclusive-size-bound-read reports reads of it), or `i <= N`
    // over arrays declared `a[N]`.
    const measured = measuredContainer(bound);
    const arrays = measured ? [measured] : arraysSizedBy(bound.text, ctx);
    const after = measured ? '\\s*=[^=]' : '';
    return arrays.some(
      (a) =>
        a !== undefined &&
        new RegExp(`\\b${escapeRegExp(a)}\\s*\\[\\s*${escapeRegExp(i.text)}\\s*\\]${after}`).test(body.text),
    );
  },
};

export const rustUncheckedWrite = callRule({
  id: 'rust-get-unchecked-write',
  cwe: 'CWE-787',
  severity: 'error',
  languages: ['rust'],
  message:
    'get_unchecked_mut writes at an index that is never compared with the length, so a bad index writes outside the slice.',
  fix: 'Use slice.get_mut(i) and handle None; keep get_unchecked_mut only behind an explicit bounds check.',
  callee: { rust: /\.get_unchecked_mut$/ },
  when: (call) => !boundsCheckedRustMemory(call, call.args[0]),
});

export const rustRawCopy = callRule({
  id: 'rust-raw-copy-unchecked-length',
  cwe: 'CWE-787',
  severity: 'error',
  languages: ['rust'],
  message: 'ptr::copy/copy_nonoverlapping copies a count that is never compared with the destination size.',
  fix: 'Check the count against the destination length first, or copy slices with copy_from_slice / extend_from_slice.',
  callee: { rust: /^((std|core)::)?(ptr::)?copy(_nonoverlapping)?$|\.copy_to(_nonoverlapping)?$/ },
  when: (call) => !boundsCheckedRustMemory(call, call.args.at(-1)),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe787OutOfBoundsWrite: readonly Rule[] = [
  cCopyLength,
  cIndexWrite,
  cppInclusiveLoopBound,
  rustUncheckedWrite,
  rustRawCopy,
];
