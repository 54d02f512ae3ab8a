// CWE-119 operations outside memory bounds: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { scopeOf, walk } from '../walk';
import { callRule } from '../callRule';

/** Names bound to raw pointers in the function: `let p: *const T`, `as *mut T`, `.as_ptr()`. */
function rawPointers(scope: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const n of walk(scope)) {
    if (n.type !== 'let_declaration' && n.type !== 'parameter') continue;
    const name = n.childForFieldName('pattern')?.text;
    if (name && /\*(const|mut)\b|as_(mut_)?ptr\(\)/.test(n.text)) names.add(name.replace(/^mut\s+/, ''));
  }
  return names;
}

export const rustRawDeref: QueryRule = {
  id: 'rust-unsafe-raw-deref',
  cwe: 'CWE-119',
  severity: 'warning',
  languages: ['rust'],
  kind: 'query',
  query: { rust: '(unsafe_block (block) @body) @hit' },
  message: 'An unsafe block dereferences a raw pointer, which the compiler cannot check for validity or bounds.',
  fix: 'Use references, slices and safe indexing; if unsafe is unavoidable, check the pointer and bounds and document the invariant.',
  predicate: ({ body, hit }) => {
    if (!body || !hit) return false;
    const raw = rawPointers(scopeOf(hit));
    return [...walk(body)].some(
      (n) =>
        n.type === 'unary_expression' &&
        n.text.startsWith('*') &&
        (raw.has(n.text.slice(1).trim()) || /\.(add|offset|sub)\(/.test(n.text)),
    );
  },
};

export const rustSetLen = callRule({
  id: 'rust-set-len',
  cwe: 'CWE-119',
  severity: 'warning',
  languages: ['rust'],
  message:
    'Vec::set_len declares elements initialised without writing them; reading them exposes uninitialised memory, and a length above capacity corrupts memory.',
  fix: 'Allocate initialised storage (vec![0; n], resize) or write the elements through spare_capacity_mut before set_len.',
  callee: { rust: /\.set_len$/ },
  when: (call) => !/capacity\s*\(\)/.test(scopeOf(call.node).text) || !/\bassert!/.test(scopeOf(call.node).text),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe119MemoryBounds: readonly Rule[] = [rustRawDeref, rustSetLen];
