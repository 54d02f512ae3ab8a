// Text-level helpers for parameter rules: a node's text widened by the local assignments it names, and
// numbers written as literals or as named constants (`#define ROUNDS 1000`, `const rounds = 1000`).
import type { SyntaxNode } from '../languages/SyntaxTree';
import { scopeOf } from './walk';

function escapeName(name: string): string {
  return name.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
}

/** The right-hand side of the last plain assignment to `name` in `text` (any language's `=`/`:=`). */
function assignedText(name: string, text: string): string | undefined {
  const pattern = new RegExp(`(?:^|[^\\w$.])${escapeName(name)}\\s*(?::=|=(?!=))\\s*([^\\n;]+)`, 'g');
  return [...text.matchAll(pattern)].at(-1)?.[1];
}

/**
 * The node's text followed by the values of the locals it mentions, up to `depth` hops, so
 * `path.join(dir, name)` after `dir = os.tmpdir()` reads as containing `os.tmpdir()`. Rules use it only to
 * look for API names, never to decide taint.
 */
export function expandedText(node: SyntaxNode, depth = 3): string {
  const scope = scopeOf(node).text;
  let text = node.text;
  let frontier = node.text;
  const seen = new Set<string>();
  for (let hop = 0; hop < depth && frontier; hop += 1) {
    let next = '';
    for (const [name] of frontier.matchAll(/[A-Za-z_$][\w$]*/g)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const value = assignedText(name, scope);
      if (value) next += ` ${value}`;
    }
    text += next;
    frontier = next;
  }
  return text;
}

/** The value of a numeric literal (`600_000`, `1000`) or of a name bound to one in the same file. */
export function numberValue(node: SyntaxNode | undefined, code: string): number | undefined {
  if (!node) return undefined;
  const text = node.text.replace(/^\(\w+\)\s*/, '');
  if (/^\d[\d_']*[uUlL]*$/.test(text)) return Number(text.replace(/[_'uUlL]/g, ''));
  if (!/^[A-Za-z_$][\w$.]*$/.test(text)) return undefined;
  const name = escapeName(text.split('.').at(-1) ?? text);
  const bound = new RegExp(`(?:#define\\s+${name}\\s+|\\b${name}\\s*(?::=|=(?!=))\\s*)(\\d[\\d_]*)\\b`).exec(code);
  return bound ? Number(bound[1]!.replace(/_/g, '')) : undefined;
}

/** Names that hold a password or passphrase (not tokens or keys, which may be random and long). */
export const PASSWORD_NAME = /pass(word|wd|phrase)|pwd/i;
