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

/** A field read through `name` (`resp.Body`, `resp.StatusCode`): panics when name is a nil pointer. Method calls are
 * left out, since many methods accept a nil receiver (`(*os.File).Close` returns an error). */
function readsField(stmt: SyntaxNode, name: string): boolean {
  for (const n of walk(stmt)) {
    if (n.type !== 'selector_expression' || n.childForFieldName('operand')?.text !== name) continue;
    if (n.parent?.type === 'call_expression' && n.parent.childForFieldName('function')?.startIndex === n.startIndex)
      continue;
    return true;
  }
  return false;
}

/**
 * `resp, err := http.Get(url)` returns a nil resp whenever err is set; reading `resp.Body` (typically
 * `defer resp.Body.Close()`) before `err` is tested panics on every failed request.
 */
export const goFieldBeforeErrCheck: QueryRule = {
  id: 'go-field-before-err-check',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: ['go'],
  kind: 'query',
  query: {
    go: '(short_var_declaration left: (expression_list . (identifier) @value . (identifier) @err .) right: (expression_list (call_expression))) @hit',
  },
  message:
    'A field of the result is read before the error is checked; when the call fails the result is nil and this panics.',
  fix: 'Test err first (if err != nil { return err }) and only then use the result (defer resp.Body.Close() after the check).',
  predicate: ({ hit, value, err }) => {
    if (!hit || !value || !err || err.text !== 'err' || value.text === '_') return false;
    const block = hit.parent;
    if (!block) return false;
    const later = block.namedChildren.filter((c): c is SyntaxNode => c !== null && c.startIndex >= hit.endIndex);
    const mentions = (stmt: SyntaxNode, id: string): boolean =>
      [...walk(stmt)].some((n) => n.type === 'identifier' && n.text === id);
    const first = later.find((stmt) => mentions(stmt, value.text) || mentions(stmt, 'err'));
    return first !== undefined && !mentions(first, 'err') && readsField(first, value.text);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe476Go: readonly Rule[] = [goNilMapWrite, goFieldBeforeErrCheck];
