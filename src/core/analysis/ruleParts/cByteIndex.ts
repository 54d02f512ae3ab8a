// A parameter declared as one byte (`uint8_t b`, `unsigned char c`) cannot exceed 255, whatever the caller passes.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { enclosingParameterList } from '../functionParameters';
import { namedChildren } from '../walk';

const BYTE_TYPE = /^(const\s+)?(std::)?(uint8_t|u_?char|u8|guint8|BYTE|unsigned\s+char)$/;

/** Names of the parameters of the function around `node` whose declared type is an unsigned byte. */
export function byteParameters(node: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const p of namedChildren(enclosingParameterList(node))) {
    const decl = p.childForFieldName('declarator');
    const type = p.text.slice(0, decl ? decl.startIndex - p.startIndex : undefined).trim();
    if (decl?.type === 'identifier' && BYTE_TYPE.test(type)) names.add(decl.text);
  }
  return names;
}

/** `table[b]` with `b` a byte parameter and `table` declared with 256 or more entries: always in range. */
export function byteIndexesTable(index: SyntaxNode, bound: string | null): boolean {
  return (
    index.type === 'identifier' &&
    bound !== null &&
    /^\d+$/.test(bound) &&
    Number(bound) >= 256 &&
    byteParameters(index).has(index.text)
  );
}
