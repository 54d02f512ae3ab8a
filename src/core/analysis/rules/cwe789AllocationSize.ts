// CWE-789 memory allocated with an excessive size: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { ancestor, scopeOf } from '../walk';
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
  // A stream read (`std::cin >> n`) or a call handed its address (`in.read((char *)&n, 4)`) is a write the
  // assignments do not show.
  if (new RegExp(`>>\\s*${size.text}\\b|[(,]\\s*&\\s*${size.text}\\s*[),]`).test(scopeOf(size).text)) return false;
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
    return size?.type === 'identifier' && peerSized(size, call.node, ctx);
  },
});

/** The count `size` sizing an allocation at `at` was received from outside and nothing limits it first. */
function peerSized(size: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  const fromWire = new RegExp(`\\b${size.text}\\s*=\\s*(ntohl|ntohs|be32toh|be64toh|le32toh)\\s*\\(`).test(
    scopeOf(at).text,
  );
  return (
    (fromWire || inputDerived(size.text, at, ctx) || outsideValue(size.text, at, ctx, 0, false)) &&
    !measuredInMemory(size, ctx) &&
    !guardedByComparison(at, [size.text, ...factorsOf(size, at, ctx)], ctx)
  );
}

const CONTAINER = /\b(vector|deque|basic_string|string|wstring)\b/;

/**
 * The same count sizing a C++ container: `std::vector<T> v(n);` (a bare name parses as a function declaration, the
 * most vexing parse), `std::vector<T> v(n, x)`, `v.resize(n)`, `v.reserve(n)`.
 */
export const peerSizedContainer: QueryRule = {
  ...meta,
  id: 'cpp-peer-sized-container',
  cwe: 'CWE-789',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp:
      '(declaration type: (_) @type declarator: (function_declarator declarator: (identifier) parameters: (parameter_list . (parameter_declaration type: (type_identifier) @size) .))) @hit\n' +
      '(declaration type: (_) @type declarator: (init_declarator value: (argument_list . (identifier) @size))) @hit\n' +
      '(call_expression function: (field_expression field: (field_identifier) @method) arguments: (argument_list . (identifier) @size .)) @hit',
  },
  message: 'A container is sized by a count received from input or a peer with no upper limit.',
  fix: 'Reject counts above a fixed maximum before sizing the container.',
  predicate: ({ hit, type, method, size }, ctx) => {
    if (!hit || !size || !ancestor(hit, BODY)) return false;
    if (method ? !/^(resize|reserve)$/.test(method.text) : !CONTAINER.test(type?.text ?? '')) return false;
    if (size.parent?.type === 'parameter_declaration' && size.parent.childForFieldName('declarator')) return false;
    return peerSized(size, hit, ctx);
  },
};

const BODY: ReadonlySet<string> = new Set(['compound_statement']);

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
export const cwe789AllocationSize: readonly Rule[] = [peerSizedAllocation, peerSizedContainer, allocaFromInput];
