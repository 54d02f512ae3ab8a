// Arrays this file declares with a size (`int slots[16];`, `char name[NAME_MAX];`), read from the declarators once
// per file: an index into one of them can be compared with a bound the code knows.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { walk } from '../walk';

/** The indexed array (`buf`, `w.slots`, `this->slots`) is declared with a size in this file. */
export function declaredFixedArray(array: SyntaxNode, ctx: RuleContext): boolean {
  const name = /(\w+)$/.exec(array.text.trim())?.[1];
  if (!name) return false;
  let root = array;
  while (root.parent) root = root.parent;
  const key = `fixed-arrays:${root.startIndex}:${root.endIndex}`;
  let names = ctx.memo.get(key) as Set<string> | undefined;
  if (!names) {
    names = new Set(
      [...walk(root)]
        .filter((n) => n.type === 'array_declarator' && n.childForFieldName('size') !== null)
        .map((n) => n.childForFieldName('declarator')?.text ?? ''),
    );
    ctx.memo.set(key, names);
  }
  return names.has(name);
}
