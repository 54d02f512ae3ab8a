// Shared rule helpers: C# strings built from pieces (commands and queries).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { namedChildren, scopeOf } from '../walk';
import { isBuiltString } from '../stringShape';

/** C# string built at run time: `"a" + x`, `$"...{x}..."`, string.Format, or a local assigned one. */
export function csBuilt(node: SyntaxNode | undefined, ctx: RuleContext): boolean {
  if (!node) return false;
  if (node.type === 'interpolated_string_expression')
    return namedChildren(node).some((c) => c.type === 'interpolation');
  if (node.type === 'binary_expression')
    return (
      /^"|"$/.test(node.text) && namedChildren(node).some((c) => !/string_literal/.test(c.type) || csBuilt(c, ctx))
    );
  if (/^(string\.|String\.)(Format|Concat)\(/.test(node.text)) return true;
  if (node.type === 'identifier') {
    return ctx
      .assignmentsTo(scopeOf(node), node.text)
      .some((a) => a.node.startIndex < node.startIndex && csBuilt(a.value, ctx));
  }
  return isBuiltString(node, ctx);
}
