// Names read from a directory listing (`for _, _, files in os.walk(root)` then `for name in files`, `for name in
// os.listdir(root)`, `entry.name` of `os.scandir(root)` or `root.iterdir()`): the file system gave them, one
// component each, so joined under the listed folder they stay inside it (basePathJoin.ts, a caller's base folder).
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { namedChildren, scopeOf } from './walk';

/** Calls whose results are entry names (`os.listdir`) or entries with a `.name` (`os.scandir`, pathlib). */
const NAME_LISTING = /^(sorted\()?os\.listdir\(/;
const ENTRY_LISTING = /^(sorted\()?(os\.scandir\(|[\w.]+\.(iterdir|glob|rglob)\()/;

/** The loop targets of every binding of `name` in the scope, each with the loop's iterable, or null. */
function loopBindings(
  name: string,
  at: SyntaxNode,
  ctx: RuleContext,
): { left: SyntaxNode; right: SyntaxNode }[] | null {
  const bound = ctx.assignmentsTo(scopeOf(at), name);
  if (bound.length === 0 || bound.some((a) => a.node.type !== 'for_statement')) return null;
  return bound.map((a) => ({ left: a.node.childForFieldName('left')!, right: a.value }));
}

/** `sorted(x)`, `list(x)`: the same entries in another container. */
function unwrapped(n: SyntaxNode): SyntaxNode {
  const args = n.type === 'call' ? namedChildren(n.childForFieldName('arguments')) : [];
  return /^(sorted|list|tuple|reversed)$/.test(n.childForFieldName('function')?.text ?? '') && args.length === 1
    ? args[0]!
    : n;
}

/** `filenames` bound as the second or third target of a loop over `os.walk(...)`. */
function walkNames(iterable: SyntaxNode, ctx: RuleContext): boolean {
  const list = unwrapped(iterable);
  if (list.type !== 'identifier') return false;
  const loops = loopBindings(list.text, list, ctx);
  return (
    loops !== null &&
    loops.every(({ left, right }) => {
      const targets = namedChildren(left.type === 'pattern_list' || left.type === 'tuple_pattern' ? left : null);
      const at = targets.findIndex((t) => t.text === list.text);
      return /^os\.walk\(/.test(right.text) && (at === 1 || at === 2);
    })
  );
}

/** An entry name from a listing: a loop variable over listed names, or `.name` of a loop variable over entries. */
export function listedEntryName(n: SyntaxNode, ctx: RuleContext): boolean {
  if (ctx.language !== 'python') return false;
  if (n.type === 'attribute' && n.childForFieldName('attribute')?.text === 'name') {
    const object = n.childForFieldName('object');
    const loops = object?.type === 'identifier' ? loopBindings(object.text, n, ctx) : null;
    return (
      loops !== null && loops.every(({ left, right }) => left.type === 'identifier' && ENTRY_LISTING.test(right.text))
    );
  }
  if (n.type !== 'identifier') return false;
  const loops = loopBindings(n.text, n, ctx);
  return (
    loops !== null &&
    loops.every(
      ({ left, right }) => left.type === 'identifier' && (NAME_LISTING.test(right.text) || walkNames(right, ctx)),
    )
  );
}
