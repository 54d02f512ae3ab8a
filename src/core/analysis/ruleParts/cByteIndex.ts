// Indexes that cannot exceed 255 by their type: a parameter declared as one byte (`uint8_t b`, `unsigned char c`),
// or the top byte of an unsigned parameter (`x >> 24` of a `uint32_t`, `v >> 8` of a `uint16_t`), whatever the
// caller passes. Table lookups in codecs and ciphers index 256-entry tables this way.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { enclosingParameterList } from '../functionParameters';
import { namedChildren } from '../walk';

/** Bit widths of unsigned parameter types. */
const UNSIGNED_WIDTHS: [RegExp, number][] = [
  [/^(std::)?(uint8_t|u_?char|u8|guint8|BYTE|unsigned\s+char)$/, 8],
  [/^(std::)?(uint16_t|u_?short|u16|guint16|unsigned\s+short(\s+int)?)$/, 16],
  [/^(std::)?(uint32_t|u_?int|u32|guint32|unsigned(\s+int)?)$/, 32],
];

/** Unsigned parameters of the function around `node` with their bit width. */
function unsignedParameters(node: SyntaxNode): Map<string, number> {
  const widths = new Map<string, number>();
  for (const p of namedChildren(enclosingParameterList(node))) {
    const decl = p.childForFieldName('declarator');
    if (decl?.type !== 'identifier') continue;
    const type = p.text
      .slice(0, decl.startIndex - p.startIndex)
      .replace(/^\s*const\s+/, '')
      .trim();
    const width = UNSIGNED_WIDTHS.find(([pattern]) => pattern.test(type))?.[1];
    if (width) widths.set(decl.text, width);
  }
  return widths;
}

/** The index is at most 255 by its type: a byte parameter, or an unsigned parameter shifted down to its top byte. */
function fitsInByte(index: SyntaxNode): boolean {
  let e: SyntaxNode | null = index;
  while (e?.type === 'parenthesized_expression') e = namedChildren(e)[0] ?? null;
  if (!e) return false;
  const widths = unsignedParameters(index);
  if (e.type === 'identifier') return widths.get(e.text) === 8;
  const left = e.childForFieldName('left');
  const shift = Number(/^\d+$/.exec(e.childForFieldName('right')?.text.trim() ?? '')?.[0] ?? NaN);
  return (
    e.type === 'binary_expression' &&
    e.childForFieldName('operator')?.text === '>>' &&
    left?.type === 'identifier' &&
    shift + 8 >= (widths.get(left.text) ?? Infinity)
  );
}

/** `table[i]` with `i` at most 255 by its type and `table` declared with 256 or more entries: always in range. */
export function byteIndexesTable(index: SyntaxNode, bound: string | null): boolean {
  return bound !== null && /^\d+$/.test(bound) && Number(bound) >= 256 && fitsInByte(index);
}
