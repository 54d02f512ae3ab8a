// CWE-789 memory allocated with an excessive size: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { scopeOf } from '../walk';
import { atomsOf, fromCallerOrInput, inputDerived } from '../cBoundsFacts';
import { guardedByComparison } from '../pdgGuard';
import type { CallInfo } from '../callInfo';
import { outsideValue } from '../ruleParts/cInputValues';

const meta = { cwe: 'CWE-400', severity: 'warning' as const };

/**
 * Every value the size variable is given is a measurement of data already in memory (`strlen(a) + strlen(b) + 1`,
 * `strlen(hex) / 2`, `s.size()`): the allocation cannot exceed what the program already holds, unlike a length
 * field read off the wire.
 */
function measuredInMemory(size: SyntaxNode, ctx: RuleContext): boolean {
  const writes = ctx.assignmentsTo(scopeOf(size), size.text);
  const rest = (text: string): string =>
    text
      .replace(/\b(strlen|wcslen|strnlen)\s*\([^()]*(\([^()]*\)[^()]*)*\)/g, '')
      .replace(/\bsizeof\s*(\([^()]*\)|\w+)/g, '')
      .replace(/[\w.>-]+\.(size|length)\(\)/g, '')
      .replace(/\(\s*size_t\s*\)|\b[A-Z][A-Z0-9_]*\b|\b\d+[uUlL]*\b|[-+*/()\s]/g, '');
  // A stream read (`std::cin >> n`) is a write the assignments do not show.
  if (new RegExp(`>>\\s*${size.text}\\b`).test(scopeOf(size).text)) return false;
  return writes.length > 0 && writes.every((a) => rest(a.value.text) === '');
}

/**
 * The values a size variable was computed from before the call (`total = row * img->height`): a limit checked on one
 * of them (`if (img->height > MAX_DIM) goto fail`) bounds the product, as it does when checked on the size itself.
 */
function factorsOf(size: SyntaxNode, at: SyntaxNode, ctx: RuleContext): string[] {
  return ctx
    .assignmentsTo(scopeOf(at), size.text)
    .filter((a) => a.node.endIndex <= at.startIndex)
    .flatMap((a) => atomsOf(a.value));
}

/**
 * The count an allocation is sized by: the size argument, the variable of `n * sizeof(T)` / `n * K`, or the
 * bracket of `new T[n]`.
 */
function countOf(call: CallInfo): SyntaxNode | null {
  if (call.node.type === 'new_expression') {
    const declarator = call.node.childForFieldName('declarator');
    return declarator?.type === 'new_declarator' ? (declarator.namedChildren[0] ?? null) : null;
  }
  const size = call.name.endsWith('realloc')
    ? call.args[1]
    : call.name.endsWith('calloc')
      ? call.args[0]
      : call.args[0];
  if (size?.type !== 'binary_expression' || size.childForFieldName('operator')?.text !== '*') return size ?? null;
  const parts = [size.childForFieldName('left'), size.childForFieldName('right')];
  const counts = parts.filter((p) => p && !/^(sizeof\b|\d+$|[A-Z][A-Z0-9_]*$)/.test(p.text.trim()));
  return counts.length === 1 ? (counts[0] ?? null) : null;
}

export const peerSizedAllocation = callRule({
  ...meta,
  id: 'c-peer-sized-allocation',
  cwe: 'CWE-789',
  languages: ['c', 'cpp'],
  message: 'An allocation is sized by a length received from the peer with no upper limit.',
  fix: 'Reject lengths above a protocol maximum before allocating.',
  callee: { c: /^(malloc|calloc|realloc)$/, cpp: /^((std::)?(malloc|calloc|realloc)|new .+)$/ },
  when: (call, ctx) => {
    const size = countOf(call);
    if (size?.type !== 'identifier') return false;
    const fromWire = new RegExp(`\\b${size.text}\\s*=\\s*(ntohl|ntohs|be32toh|be64toh|le32toh)\\s*\\(`).test(
      scopeOf(call.node).text,
    );
    return (
      (fromWire || inputDerived(size.text, call.node, ctx) || outsideValue(size.text, call.node, ctx, 0, false)) &&
      !measuredInMemory(size, ctx) &&
      !guardedByComparison(call.node, [size.text, ...factorsOf(size, call.node, ctx)], ctx)
    );
  },
});

/**
 * alloca takes its bytes from the stack, which is small and has no failure return: a size a caller or input sets,
 * with no upper limit compared first, can run past the stack guard. Sizes measured from data in memory are left out,
 * as above.
 */
export const allocaFromInput = callRule({
  id: 'c-alloca-unbounded',
  cwe: 'CWE-789',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message: 'alloca is sized by a caller or input value with no upper limit, so a large value exhausts the stack.',
  fix: 'Reject sizes above a small fixed maximum before alloca, or allocate on the heap with malloc and check it.',
  callee: { c: /^(alloca|__builtin_alloca|_alloca)$/, cpp: /^(std::)?(alloca|__builtin_alloca|_alloca)$/ },
  when: (call, ctx) => {
    const size = call.args[0];
    if (!size) return false;
    const atoms = atomsOf(size);
    return (
      atoms.length > 0 &&
      fromCallerOrInput(atoms, call.node, ctx) &&
      !(size.type === 'identifier' && measuredInMemory(size, ctx)) &&
      !/\b(strlen|wcslen|strnlen)\s*\(/.test(size.text) &&
      !guardedByComparison(call.node, atoms, ctx)
    );
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe789AllocationSize: readonly Rule[] = [peerSizedAllocation, allocaFromInput];
