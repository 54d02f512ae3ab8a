// CWE-125 through a copy: the source side of memcpy/memmove/copy_to_user. Real-project parsers copy out of a buffer
// a caller handed in (`memcpy(out->value, buf + pos + 2, alen)`), at an offset or with a length taken from the
// record itself; the fix compares the length or offset with what is left. `c-unchecked-copy-length` (CWE-787) asks
// whether the destination can hold the copy; this asks whether the source has that many bytes.
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';
import { isConstant } from '../stringShape';
import { atomsOf, fromCallerOrInput, rootName } from '../cBoundsFacts';
import { guardedByComparison } from '../pdgGuard';
import { clampedWhenSet } from '../ruleParts/cClampedValue';
import { enclosingParameterNames } from '../functionParameters';
import { declarationsOf } from '../cDeclarations';
import { capacityParameter, usesCapacity } from '../ruleParts/cDestinationCapacity';

/** The terms of a chain of `+` (`buf + pos + 2` -> buf, pos, 2). */
function sumTerms(e: SyntaxNode): SyntaxNode[] {
  if (e.type === 'parenthesized_expression' && e.namedChildren[0]) return sumTerms(e.namedChildren[0]);
  if (e.type !== 'binary_expression' || e.childForFieldName('operator')?.text !== '+') return [e];
  const left = e.childForFieldName('left');
  const right = e.childForFieldName('right');
  return [...(left ? sumTerms(left) : []), ...(right ? sumTerms(right) : [])];
}

/** `base + off` or `&base[off]` where `base` is (a field of) a parameter: a position inside a caller's buffer. */
function offsetIntoCallerBuffer(src: SyntaxNode, at: SyntaxNode): { base: SyntaxNode; offset: SyntaxNode[] } | null {
  const params = enclosingParameterNames(at);
  let base: SyntaxNode | undefined;
  let offset: SyntaxNode[] = [];
  if (src.type === 'pointer_expression' && src.text.trimStart().startsWith('&')) {
    const sub = src.childForFieldName('argument');
    if (sub?.type !== 'subscript_expression') return null;
    base = sub.childForFieldName('argument') ?? undefined;
    const index = sub.childForFieldName('index') ?? sub.namedChildren[1];
    offset = index ? [index] : [];
  } else {
    const [first, ...rest] = sumTerms(src);
    base = first;
    offset = rest;
  }
  if (!base || offset.length === 0 || !/^(identifier|field_expression)$/.test(base.type)) return null;
  return params.has(rootName(base.text.replace(/\s+/g, ''))) ? { base, offset } : null;
}

/**
 * Atoms that say nothing about an over-read of `base`: the object's own bookkeeping (`r->buf + r->head`, a cursor
 * kept beside the buffer) and values computed from the size the caller handed in with it (`len - HDR_LEN`).
 */
function ownBookkeeping(base: SyntaxNode, expr: SyntaxNode, ctx: RuleContext): (atom: string) => boolean {
  const owner = base.type === 'field_expression' ? rootName(base.text.replace(/\s+/g, '')) : '';
  const params = base.type === 'identifier' ? declarationsOf(base, ctx).filter((d) => d.parameter) : [];
  const capacity = base.type === 'identifier' ? capacityParameter(base.text, params) : undefined;
  const sized = capacity !== undefined && usesCapacity(expr, capacity, ctx);
  return (atom) => sized || (owner !== '' && rootName(atom) === owner);
}

const unbounded = (call: CallInfo, names: readonly string[], ctx: RuleContext): boolean =>
  names.length > 0 &&
  !guardedByComparison(call.node, names, ctx, { bound: true }) &&
  !names.some((n) => clampedWhenSet(n, call.node, ctx));

function overreads(call: CallInfo, ctx: RuleContext): boolean {
  const [, src, length] = call.args;
  if (!src || !length) return false;
  const toUser = /copy_to_user$/.test(call.name);
  const place = toUser ? null : offsetIntoCallerBuffer(src, call.node);
  if (!toUser && !place) return false;
  const fixedLength = isConstant(length) || /^sizeof/.test(length.text.trim());
  const ignoredIn = (e: SyntaxNode) => (place ? ownBookkeeping(place.base, e, ctx) : () => false);
  const lengthAtoms = fixedLength ? [] : atomsOf(length).filter((a) => !ignoredIn(length)(a));
  if (lengthAtoms.length && fromCallerOrInput(lengthAtoms, call.node, ctx) && unbounded(call, lengthAtoms, ctx))
    return true;
  // A fixed-size read at an offset that a caller chose (`d->data + sector * SECTOR_SIZE`), never compared.
  const offsetAtoms = (place?.offset ?? []).flatMap((o) =>
    isConstant(o) ? [] : atomsOf(o).filter((a) => !ignoredIn(o)(a)),
  );
  return (
    offsetAtoms.length > 0 &&
    fromCallerOrInput(offsetAtoms, call.node, ctx) &&
    (fixedLength || !unbounded(call, lengthAtoms, ctx)) &&
    unbounded(call, offsetAtoms, ctx)
  );
}

export const cCopySourceOverread = callRule({
  id: 'c-copy-source-overread',
  cwe: 'CWE-125',
  severity: 'error',
  languages: ['c'],
  message:
    "The copy reads from a caller's buffer at an offset or for a length that comes from the caller or the data, and neither is compared with what the buffer holds.",
  fix: 'Compare the offset and length with the bytes left in the source (len > buflen - off) before copying.',
  callee: { c: /^(memcpy|memmove|copy_to_user|__copy_to_user)$/ },
  when: overreads,
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe125CopySourceOverread: readonly Rule[] = [cCopySourceOverread];
