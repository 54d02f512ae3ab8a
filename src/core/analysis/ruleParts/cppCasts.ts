// The expression a value really lands in once casts are looked through: C casts and parentheses, and C++'s named
// casts (`static_cast<char *>(std::malloc(n))` parses as a call of `static_cast<...>` whose one argument is the value).
import type { SyntaxNode } from '../../languages/SyntaxTree';

const NAMED_CAST = /^(static_cast|reinterpret_cast|const_cast)\s*</;

/** Is `node` the argument list of a C++ named cast? */
function isNamedCastArguments(node: SyntaxNode): boolean {
  if (node.type !== 'argument_list' || node.namedChildren.length !== 1) return false;
  const call = node.parent;
  return call?.type === 'call_expression' && NAMED_CAST.test(call.childForFieldName('function')?.text ?? '');
}

/** The first ancestor of `node` that is not a cast, a parenthesis or a named cast's argument list or call. */
export function holderPastCasts(node: SyntaxNode): SyntaxNode | null {
  let holder = node.parent;
  while (holder) {
    if (/cast_expression|parenthesized_expression/.test(holder.type)) holder = holder.parent;
    else if (isNamedCastArguments(holder)) holder = holder.parent?.parent ?? null;
    else break;
  }
  return holder;
}
