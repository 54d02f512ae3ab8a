// Small tree helpers shared by rules: depth-first walks, ancestors and node-type tests.
import type { SyntaxNode } from '../languages/SyntaxTree';

/** Every descendant (including the node itself), depth-first; `skip` prunes a subtree. */
export function* walk(node: SyntaxNode, skip?: (n: SyntaxNode) => boolean): Generator<SyntaxNode> {
  // An explicit stack: nested `yield*` costs one generator hop per level for every node yielded.
  const stack: SyntaxNode[] = [node];
  while (stack.length) {
    const cur = stack.pop();
    if (!cur || skip?.(cur)) continue;
    yield cur;
    const kids = cur.namedChildren;
    for (let i = kids.length - 1; i >= 0; i -= 1) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
}

export function ancestor(node: SyntaxNode, types: ReadonlySet<string>): SyntaxNode | null {
  for (let cur = node.parent; cur; cur = cur.parent) if (types.has(cur.type)) return cur;
  return null;
}

export function namedChildren(node: SyntaxNode | null): SyntaxNode[] {
  if (!node) return [];
  return node.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
}

/** True when `inner` lies inside `outer` (or is it). */
export function contains(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

/** Function-like nodes: the unit of our intra-procedural reasoning. */
export const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'function_definition',
  'function_declaration',
  'function_expression',
  'arrow_function',
  'method_definition',
  'generator_function_declaration',
  'function',
  'method_declaration',
  'constructor_declaration',
  'lambda_expression',
  'func_literal',
  'anonymous_function',
  'anonymous_function_creation_expression',
  'function_item',
  'local_function_statement',
  // Ruby `def name` and `def self.name` (its blocks are closures over the method's locals, so no scope of their own).
  'method',
  'singleton_method',
]);

/** The nearest enclosing function, or the root when the code is top level. */
export function scopeOf(node: SyntaxNode): SyntaxNode {
  const fn = ancestor(node, FUNCTION_TYPES);
  if (fn) return fn;
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}

/** Plain word identifiers (and PHP `$name`s) used inside an expression. */
export const IDENTIFIER_TYPES: ReadonlySet<string> = new Set([
  'identifier',
  'variable_name',
  'shorthand_property_identifier',
  'field_identifier',
  'shorthand_property_identifier_pattern',
  'property_identifier',
]);

/** tree-sitter hands out fresh wrapper objects, so compare nodes by their span and type. */
export function sameNode(a: SyntaxNode, b: SyntaxNode): boolean {
  return a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}
