// Constant text a C/C++ file fixes: `#define NAME value` (read once per analysis) and the length of a string literal
// or a `#define`d one.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { walk } from '../walk';

function unwrap(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.type === 'parenthesized_expression' || n.type === 'cast_expression')
    n = n.childForFieldName('value') ?? n.namedChildren.at(-1) ?? n;
  return n;
}

/** `#define NAME value` of the file, by name; read once per analysis. */
function fileDefines(root: SyntaxNode, ctx: RuleContext): Map<string, SyntaxNode> {
  const key = 'constant-extent:defines';
  let found = ctx.memo.get(key) as Map<string, SyntaxNode> | undefined;
  if (found) return found;
  found = new Map();
  for (const n of walk(root)) {
    if (n.type !== 'preproc_def') continue;
    const name = n.childForFieldName('name')?.text;
    const value = n.childForFieldName('value');
    if (name && value) found.set(name, value);
  }
  ctx.memo.set(key, found);
  return found;
}

/** The literal a `#define` gives `name`, as text (`100`, `"hello"`), or null. */
export function definedText(name: string, at: SyntaxNode, ctx: RuleContext): string | null {
  let root = at;
  while (root.parent) root = root.parent;
  return fileDefines(root, ctx).get(name)?.text.trim() ?? null;
}

/** Length of a string literal (or a `#define`d one), in characters. */
export function literalLength(node: SyntaxNode, at: SyntaxNode, ctx: RuleContext): number | null {
  const n = unwrap(node);
  const text =
    n.type === 'string_literal'
      ? n.text
      : n.type === 'identifier' && /^[A-Z][A-Z0-9_]*$/.test(n.text)
        ? definedText(n.text, at, ctx)
        : null;
  const m = text ? /^L?"((?:[^"\\]|\\.)*)"$/.exec(text) : null;
  return m?.[1] === undefined ? null : m[1].replace(/\\./g, '.').length;
}
