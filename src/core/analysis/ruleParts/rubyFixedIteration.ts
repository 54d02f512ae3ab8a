// Ruby metaprogramming over a fixed list: `%w[name email].each { |m| class_eval("def #{m}?; end") }` splices names
// the program itself lists, so the block's variable is a constant of the program, not input.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { isConstant } from '../stringShape';
import { namedChildren, scopeOf } from '../walk';

/** Iterators whose block variables are the collection's elements (and an index). */
const ELEMENT_ITERATORS = /^(each|each_with_index|each_key|each_value|each_pair|map|collect|flat_map)$/;
/** A constant's own keys or values (`OPERATORS.keys.each`): as fixed as the constant. */
const FIXED_VIEWS = /^(keys|values|freeze|sort|uniq)$/;
const FIXED_ELEMENT = new Set(['simple_symbol', 'bare_symbol', 'constant', 'scope_resolution']);

/**
 * A literal list of fixed elements, a Ruby constant, its keys or values, such lists joined (`%w[a] << ''`), or a local
 * only ever assigned one of these (`names = %w[first last]`).
 */
function fixedCollection(node: SyntaxNode | null, ctx: RuleContext, depth = 0): boolean {
  if (!node) return false;
  const fixed = (n: SyntaxNode | null): boolean => fixedCollection(n, ctx, depth);
  switch (node.type) {
    case 'identifier': {
      const values = ctx.assignmentsTo(scopeOf(node), node.text).filter((a) => a.node.endIndex <= node.startIndex);
      return depth === 0 && values.length > 0 && values.every((a) => fixedCollection(a.value, ctx, 1));
    }
    case 'string_array':
    case 'symbol_array':
    case 'constant':
    case 'scope_resolution':
      return true;
    case 'array':
      return namedChildren(node).every((e) => isConstant(e) || FIXED_ELEMENT.has(e.type));
    case 'parenthesized_statements':
      return namedChildren(node).length === 1 && fixed(node.namedChildren[0] ?? null);
    case 'binary':
      return (
        ['<<', '+'].includes(node.childForFieldName('operator')?.text ?? '') &&
        namedChildren(node).every((p) => fixed(p) || isConstant(p) || FIXED_ELEMENT.has(p.type))
      );
    case 'call':
      return (
        FIXED_VIEWS.test(node.childForFieldName('method')?.text ?? '') &&
        node.childForFieldName('arguments') === null &&
        fixed(node.childForFieldName('receiver'))
      );
    default:
      return false;
  }
}

/** `id` is a variable of the nearest block that declares it, and that block iterates over a fixed collection. */
export function fixedIterationValue(id: SyntaxNode, ctx: RuleContext): boolean {
  for (let cur = id.parent; cur; cur = cur.parent) {
    if (cur.type === 'method' || cur.type === 'singleton_method') return false;
    if (cur.type !== 'block' && cur.type !== 'do_block') continue;
    const params = namedChildren(cur).find((c) => c.type === 'block_parameters');
    if (!params || !namedChildren(params).some((p) => p.text === id.text)) continue;
    const call = cur.parent;
    if (call?.type !== 'call' || !ELEMENT_ITERATORS.test(call.childForFieldName('method')?.text ?? '')) return false;
    return fixedCollection(call.childForFieldName('receiver'), ctx);
  }
  return false;
}
