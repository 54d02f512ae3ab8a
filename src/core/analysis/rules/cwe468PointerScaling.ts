// CWE-468 incorrect pointer scaling: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { namedChildren, walk } from '../walk';
import { declarationsOf } from '../cDeclarations';

const BYTE_TYPE =
  /^(?:(?:un)?signed\s+)?char$|^(?:u?int8_t|u8|s8|uchar|guchar|gchar|guint8|gint8|BYTE|byte|std::byte|ut8|st8|uint8|void|Bytef|png_byte|JOCTET|xmlChar)$/;

/** `n * sizeof(T)` (or `sizeof(T) * n`) somewhere in the offset, not inside a call such as malloc(). */
function scaledBySizeof(offset: SyntaxNode): boolean {
  for (const n of walk(offset, (c) => c.type === 'call_expression')) {
    if (n.type !== 'binary_expression' || n.childForFieldName('operator')?.text !== '*') continue;
    if (namedChildren(n).some((c) => c.type === 'sizeof_expression')) return true;
  }
  return false;
}

export const cScaledPointerArithmetic: QueryRule = {
  id: 'c-scaled-pointer-arithmetic',
  cwe: 'CWE-468',
  severity: 'error',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: {
    c: '(binary_expression left: (identifier) @base operator: ["+" "-"] right: (_) @offset) @hit',
    cpp: '(binary_expression left: (identifier) @base operator: ["+" "-"] right: (_) @offset) @hit',
  },
  message: 'The offset is multiplied by sizeof although pointer arithmetic already scales by the element size.',
  fix: 'Add the element count itself (p + i), or cast to a byte pointer first when a byte offset is meant.',
  predicate: ({ base, offset }, ctx) => {
    if (!base || !offset || !scaledBySizeof(offset)) return false;
    const decl = declarationsOf(base, ctx).find((d) => d.name === base.text);
    const type = decl?.type.replace(/\b(const|volatile|struct|enum)\b/g, '').trim() ?? '';
    return decl !== undefined && decl.indirect && type !== '' && !BYTE_TYPE.test(type);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe468PointerScaling: readonly Rule[] = [cScaledPointerArithmetic];
