// Where a C index got its value, beyond parameters and input calls: a length measured in the same array (in range by
// construction), the size the array was allocated with, or one element or field of a read-only buffer a caller handed
// in (a type byte of a packet, `kind = pkt[0]; names[kind]`).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { scopeOf } from '../walk';
import { constPointerParameters, rootName } from '../cBoundsFacts';

const squash = (t: string): string => t.replace(/\s+/g, '');
const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Values `name` gets before `at` in its function (assignments and initialisers). */
function valuesBefore(name: string, at: SyntaxNode, ctx: RuleContext): SyntaxNode[] {
  return ctx
    .assignmentsTo(scopeOf(at), name)
    .filter((a) => a.node.endIndex <= at.startIndex)
    .map((a) => a.value);
}

/**
 * Every value of the index is a length measured inside the indexed array itself (`n = strcspn(line, "\n");
 * line[n] = 0`): it stops at the array's own terminator, so it is in range.
 */
export function measuredInSameArray(index: SyntaxNode, array: string, ctx: RuleContext): boolean {
  // Only the length itself: `len - 1` of an empty string is -1.
  const name = /^(\w+)$/.exec(index.text.trim())?.[1];
  if (!name) return false;
  const values = valuesBefore(name, index, ctx);
  const measure = new RegExp(`^(\\([^()]*\\)\\s*)?(strlen|strnlen|strcspn|strspn)\\s*\\(\\s*${esc(array)}\\s*[,)]`);
  return values.length > 0 && values.every((v) => measure.test(v.text.trim()));
}

/**
 * The index names a local set (every time, before the access) from one element or field of a read-only pointer
 * parameter: `type = msg[0]`, `kind = hdr->kind`. Returns the local, which a bounds check would compare.
 */
export function readFromCallerBuffer(index: SyntaxNode, at: SyntaxNode, ctx: RuleContext): string[] {
  if (index.type !== 'identifier') return [];
  const values = valuesBefore(index.text, at, ctx);
  if (values.length === 0) return [];
  const pointers = constPointerParameters(at);
  const fromBuffer = (v: SyntaxNode): boolean => {
    let e: SyntaxNode | null = v;
    while (e?.type === 'cast_expression' || e?.type === 'parenthesized_expression')
      e = e.childForFieldName('value') ?? e.namedChildren.at(-1) ?? null;
    if (e?.type === 'subscript_expression' || (e?.type === 'pointer_expression' && e.text.trimStart().startsWith('*')))
      return pointers.has(e.childForFieldName('argument')?.text ?? '');
    return e?.type === 'field_expression' && /->/.test(e.text) && pointers.has(rootName(squash(e.text)));
  };
  return values.every(fromBuffer) ? [index.text] : [];
}
