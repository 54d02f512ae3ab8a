// CWE-476 NULL pointer dereference (Go rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { scopeOf, walk } from '../../walk';

/** What the first later statement that touches `name` does with it: writes an entry, gives it a map, or neither. */
function firstUse(name: string, decl: SyntaxNode): 'write' | 'init' | null {
  const scope = scopeOf(decl);
  if (scope === decl || scope.type === 'source_file') return null;
  for (const n of walk(scope)) {
    if (n.startIndex < decl.endIndex) continue;
    if (n.type === 'assignment_statement' || n.type === 'short_var_declaration') {
      const left = n.childForFieldName('left');
      for (const target of left?.namedChildren ?? []) {
        if (target?.text === name) return 'init';
        const operand = target?.type === 'index_expression' ? target.childForFieldName('operand') : null;
        if (operand?.text === name) return 'write';
      }
    }
    if (n.type === 'inc_statement' || n.type === 'dec_statement') {
      const target = n.namedChildren[0];
      if (target?.type === 'index_expression' && target.childForFieldName('operand')?.text === name) return 'write';
    }
    // `&m` handed to a decoder, or the map passed where it may be replaced: no longer provably nil.
    if (n.type === 'unary_expression' && n.text.replace(/\s+/g, '') === `&${name}`) return 'init';
  }
  return null;
}

/**
 * `var m map[K]V` declares a nil map: reading it is fine, but the first `m[k] = v` panics. The rule flags a local map
 * declared without a value whose first later use writes an entry before any `m = make(...)` or `m = map...{}`.
 */
export const goNilMapWrite: QueryRule = {
  id: 'go-nil-map-write',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: ['go'],
  kind: 'query',
  query: { go: '(var_spec name: (identifier) @name type: (map_type)) @hit' },
  message: 'The map is declared without a value, so it is nil, and the first entry written to it panics.',
  fix: 'Create the map before writing to it: m := make(map[K]V) (or m := map[K]V{}).',
  predicate: ({ hit, name }) =>
    hit !== undefined &&
    name !== undefined &&
    hit.childForFieldName('value') === null &&
    firstUse(name.text, hit) === 'write',
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe476Go: readonly Rule[] = [goNilMapWrite];
