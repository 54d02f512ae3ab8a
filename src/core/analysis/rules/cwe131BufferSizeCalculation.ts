// CWE-131 incorrect calculation of buffer size: the analyser rules for this weakness, in registry order.
import type { RuleContext } from '../RuleContext';
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callRule } from '../callRule';
import { C, squash } from '../ruleParts/cIndexAccess';
import { declarationsOf } from '../cDeclarations';
import { walk } from '../walk';

/** Element types for which a byte count is an element count. */
const BYTE_TYPE =
  /^(?:(?:un)?signed\s+)?char$|^(?:u?int8_t|std::u?int8_t|uchar|BYTE|byte|std::byte|void|uint8|u8|s8|wchar_t_bytes)$/;

const BYTE_COUNT_NAME = /bytes|Bytes|_size\b|Size\b|(?<![.>])\bsize\b(?!\()|octets/;

/** The pointer variable an allocation result is stored in (`T *p = malloc(..)` or `p = malloc(..)`). */
function receiver(call: SyntaxNode, ctx: RuleContext): { name: string; type: string } | null {
  let cur: SyntaxNode = call;
  while (
    cur.parent &&
    (cur.parent.type === 'cast_expression' ||
      cur.parent.type === 'parenthesized_expression' ||
      (cur.parent.type === 'argument_list' && /static_cast|reinterpret_cast/.test(cur.parent.parent?.text ?? '')) ||
      (cur.parent.type === 'call_expression' &&
        cur.parent.childForFieldName('arguments')?.startIndex !== cur.startIndex))
  )
    cur = cur.parent.type === 'argument_list' ? (cur.parent.parent ?? cur.parent) : cur.parent;
  const holder = cur.parent;
  if (!holder) return null;
  let name = '';
  if (holder.type === 'init_declarator') {
    const decl = holder.childForFieldName('declarator');
    if (decl?.type !== 'pointer_declarator') return null;
    name = decl.childForFieldName('declarator')?.text ?? '';
  } else if (holder.type === 'assignment_expression') {
    name = holder.childForFieldName('left')?.text ?? '';
  }
  if (!/^\w+$/.test(name)) return null;
  const found = declarationsOf(call, ctx).find((d) => d.name === name && d.indirect);
  if (!found) return null;
  return { name, type: found.type.replace(/\b(const|volatile|struct|enum|union)\b/g, '').trim() };
}

function hasSizeof(node: SyntaxNode): boolean {
  for (const n of walk(node)) if (n.type === 'sizeof_expression') return true;
  return false;
}

/** `sizeof p` / `sizeof(p)` where p is the pointer itself: the size of an address, not of the data. */
function sizeofPointer(node: SyntaxNode, name: string): boolean {
  for (const n of walk(node)) {
    if (n.type !== 'sizeof_expression') continue;
    if (/^sizeof\(?\w+\)?$/.test(squash(n.text)) && squash(n.text).replace(/^sizeof\(?|\)$/g, '') === name) return true;
  }
  return false;
}

export const cAllocationSizeMismatch = callRule({
  id: 'c-allocation-size-mismatch',
  cwe: 'CWE-131',
  severity: 'error',
  languages: [...C],
  message:
    'The allocation size does not match what the pointer holds: it counts bytes for a wider element type, or measures the pointer instead of what it points to.',
  fix: 'Size allocations from the pointee: malloc(n * sizeof *p) or calloc(n, sizeof *p).',
  callee: { c: /^(malloc|calloc|realloc)$/, cpp: /^(std::)?(malloc|calloc|realloc)$/ },
  when: (call, ctx) => {
    const target = receiver(call.node, ctx);
    if (!target || target.type === '' || BYTE_TYPE.test(target.type)) return false;
    const sizeArgs = /calloc$/.test(call.name)
      ? call.args.slice(0, 2)
      : /realloc$/.test(call.name)
        ? call.args.slice(1, 2)
        : call.args.slice(0, 1);
    if (sizeArgs.length === 0) return false;
    if (sizeArgs.some((a) => sizeofPointer(a, target.name))) return true;
    // A typed pointer sized without any sizeof counts bytes as elements (literal sizes are left alone).
    // Names that already say "bytes" or "size" (`state->bytes`, `buf_size`) are trusted to be byte counts.
    return (
      !sizeArgs.some(hasSizeof) &&
      sizeArgs.every((a) => a.type !== 'number_literal' && !BYTE_COUNT_NAME.test(squash(a.text)))
    );
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe131BufferSizeCalculation: readonly Rule[] = [cAllocationSizeMismatch];
