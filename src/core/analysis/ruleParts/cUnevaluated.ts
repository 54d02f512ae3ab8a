// C operands that are never evaluated: `sizeof x`, and the type-only macros real C code uses the same way
// (`typeof(*p)`, `ARRAY_SIZE(p->keys)`, `offsetof(struct s, items[n])`). Nothing in them is read or indexed at run time.
import type { SyntaxNode } from '../../languages/SyntaxTree';

const UNEVALUATED_MACROS = /^(typeof|__typeof__|__typeof|ARRAY_SIZE|offsetof|sizeof_field|FIELD_SIZEOF)$/;

/** The node sits inside `sizeof` or a type-only macro, below the statement or declaration around it. */
export function inUnevaluatedOperand(node: SyntaxNode): boolean {
  // The C grammar reads `offsetof(T, items[n])` as a subscript applied to `offsetof(T, items)`.
  if (node.childForFieldName('argument')?.type === 'offsetof_expression') return true;
  for (let cur = node.parent; cur && !/statement$|^declaration$/.test(cur.type); cur = cur.parent) {
    if (cur.type === 'sizeof_expression' || cur.type === 'offsetof_expression') return true;
    if (cur.type === 'call_expression' && UNEVALUATED_MACROS.test(cur.childForFieldName('function')?.text ?? ''))
      return true;
  }
  return false;
}
