// Rust macro arguments are token trees, not expressions: `format!("{}", escape(&x))` has no call node for the
// escaper. This reads a token tree as its comma-separated arguments so taint can tell a sanitised argument from a raw
// one, and reads the names a format string captures inline (`"{user}"`, Rust 2021).
import type { SyntaxNode } from '../languages/SyntaxTree';
import { walk } from './walk';

interface MacroArgument {
  /** The argument's tokens. */
  tokens: SyntaxNode[];
}

/** The arguments of a token tree, split at its top-level commas (the brackets around it dropped). */
export function macroArguments(tree: SyntaxNode): MacroArgument[] {
  const out: MacroArgument[] = [{ tokens: [] }];
  const children = tree.children.filter((c): c is SyntaxNode => c !== null);
  for (const [i, child] of children.entries()) {
    if ((i === 0 || i === children.length - 1) && /^[([{)\]}]$/.test(child.type)) continue;
    if (child.type === ',') out.push({ tokens: [] });
    else out[out.length - 1]?.tokens.push(child);
  }
  return out.filter((a) => a.tokens.length > 0);
}

/** `path::to::fn(..)` or `value.method(..)` at the head of an argument: the text before its first bracket group. */
function leadingCallee(tokens: readonly SyntaxNode[]): string | null {
  const start = tokens[0]?.type === '&' ? 1 : 0;
  const open = tokens.findIndex((t, i) => i >= start && t.type === 'token_tree');
  if (open <= start) return null;
  return tokens
    .slice(start, open)
    .map((t) => t.text)
    .join('');
}

/** Names a format string captures inline: `{user}`, `{user:?}`, not `{}` / `{0}` / `{{`. */
export function inlineFormatNames(literal: SyntaxNode): string[] {
  const names: string[] = [];
  for (const m of literal.text.replace(/\{\{/g, '').matchAll(/\{([A-Za-z_]\w*)(:[^}]*)?\}/g))
    if (m[1]) names.push(m[1]);
  return names;
}

/**
 * Whether a macro's token tree carries taint: an argument whose identifiers (or inline format captures) are tainted,
 * unless the argument is one call to a sanitiser (`html_escape::encode_text(&x)`).
 */
export function tokenTreeTainted(tree: SyntaxNode, tainted: (name: string) => boolean, sanitizers: RegExp): boolean {
  for (const arg of macroArguments(tree)) {
    const callee = leadingCallee(arg.tokens);
    const last = arg.tokens[arg.tokens.length - 1];
    if (callee && last?.type === 'token_tree' && sanitizers.test(callee)) continue;
    for (const token of arg.tokens) {
      if (token.type === 'string_literal' && inlineFormatNames(token).some(tainted)) return true;
      for (const n of walk(token)) if (n.type === 'identifier' && tainted(n.text)) return true;
    }
  }
  return false;
}
