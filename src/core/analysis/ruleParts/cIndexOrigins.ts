// Where a C index got its value, beyond parameters and input calls: a length measured in the same array (in range by
// construction), the size the array was allocated with, or one element or field of a read-only buffer a caller handed
// in (a type byte of a packet, `kind = pkt[0]; names[kind]`); and a container grown to cover the index before the access.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { scopeOf } from '../walk';
import { constPointerParameters, rootName } from '../cBoundsFacts';
import { valuesBefore } from './localValuesBefore';

const squash = (t: string): string => t.replace(/\s+/g, '');
const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every value of the index is a length measured inside the indexed array itself (`n = strcspn(line, "\n");
 * line[n] = 0`): it stops at the array's own terminator, so it is in range; likewise a pointer's offset from the
 * array's start, where the pointer was found in the array.
 */
export function measuredInSameArray(index: SyntaxNode, array: string, ctx: RuleContext): boolean {
  // The length itself, or one less (`len - 1`, `--len`) where a test that it is non-zero selects the access
  // (`if (l && line[l - 1] == '\n') line[--l] = 0;`): `len - 1` of an empty string is -1.
  const text = index.text.trim();
  const less = /^(\w+)\s*-\s*1$|^--\s*(\w+)$/.exec(text);
  const name =
    /^(\w+)$/.exec(text)?.[1] ??
    (less && nonZeroFirst(less[1] ?? less[2] ?? '', index) ? (less[1] ?? less[2]) : undefined);
  if (!name) return false;
  const values = valuesBefore(name, index, ctx);
  const measure = new RegExp(`^(\\([^()]*\\)\\s*)?(strlen|strnlen|strcspn|strspn)\\s*\\(\\s*${esc(array)}\\s*[,)]`);
  // Or the offset of a pointer into the array from its start (`end = strchr(line, '"'); n = end - line`).
  const offset = new RegExp(`^(\\([^()]*\\)\\s*)?\\(?\\s*\\w+\\s*-\\s*${esc(array)}\\s*\\)?$`);
  return values.length > 0 && values.every((v) => measure.test(v.text.trim()) || offset.test(v.text.trim()));
}

/** A condition that holds only when `name` is non-zero (`l && ...`, `if (len > 0 && ...)`) controls `at`. */
function nonZeroFirst(name: string, at: SyntaxNode): boolean {
  const test = new RegExp(`(^|[(&]\\s*)${esc(name)}\\s*(>\\s*0|!=\\s*0)?\\s*(&&|\\)|$)`);
  for (let child = at, up = at.parent; up; child = up, up = up.parent) {
    if (/^(function_definition|compound_statement)$/.test(up.type)) return false;
    const and = up.type === 'binary_expression' && up.childForFieldName('operator')?.text === '&&';
    const cond = and
      ? up.childForFieldName('left')
      : up.type === 'if_statement'
        ? up.childForFieldName('condition')
        : null;
    if (cond && cond.startIndex !== child.startIndex && test.test(cond.text.trim())) return true;
  }
  return false;
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

/** Calls that grow a container to a size they are handed: `v.resize(i + 1)`, `resizeLengths(i)`, `grow(buf, n)`. */
const GROWS = /^(resize|grow|ensure)/i;

/**
 * Before the access, the function grows the indexed container to cover the index (`v.resize(pos + 1)` on it, or a
 * project helper named resize/grow/ensure handed the index): the helper, not a comparison, keeps it in range.
 */
export function grownToIndex(names: readonly string[], array: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  if (names.length === 0) return false;
  const mentions = new RegExp(`\\b(${names.map(esc).join('|')})\\b`);
  const member = `${squash(array.text)}.`;
  return ctx
    .callsInMatching(scopeOf(at), GROWS)
    .some(
      (c) =>
        c.node.endIndex <= at.startIndex &&
        (c.name === c.last || c.name.startsWith(member)) &&
        c.args.some((a) => mentions.test(a.text)),
    );
}
