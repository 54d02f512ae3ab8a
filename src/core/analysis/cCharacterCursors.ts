// C/C++: a loop that walks a string with a cursor (`for (p = name; *p; p++)`) reads the string's characters through
// the cursor, so a check of `*p` inside it that exits on a bad character (`if (!isalnum(*p)) return -1;`) is a check
// of `name`. The guard query adds such cursors to the names it looks for (guardedSink.ts).
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { scopeOf, walk } from './walk';

interface Cursor {
  cursor: string;
  walked: string;
  end: number;
}

/** `for (p = s; *p; p++)` / `for (const char *p = s; *p != '\0'; ++p)`: the cursor, the walked name, the loop's end. */
function cursorLoops(scope: SyntaxNode, ctx: RuleContext): Cursor[] {
  const key = `cCharacterCursors:${scope.startIndex}:${scope.endIndex}`;
  const cached = ctx.memo.get(key) as Cursor[] | undefined;
  if (cached) return cached;
  const loops: Cursor[] = [];
  for (const n of walk(scope)) {
    if (n.type !== 'for_statement') continue;
    const init = /^(?:[\w\s]*\*\s*)?(\w+)\s*=\s*\(?\s*(?:\([^()]*\)\s*)?(\w+)\s*\)?\s*;?$/.exec(
      (n.childForFieldName('initializer')?.text ?? '').trim(),
    );
    const cond = n.childForFieldName('condition')?.text ?? '';
    const update = n.childForFieldName('update')?.text ?? '';
    const p = init?.[1];
    const walked = init?.[2];
    if (!p || !walked) continue;
    const reads = new RegExp(`\\*\\s*${p}\\b|\\b${p}\\s*\\[\\s*0\\s*\\]`).test(cond);
    const steps = new RegExp(`(\\+\\+\\s*${p}\\b|\\b${p}\\s*\\+\\+|\\b${p}\\s*\\+=)`).test(update);
    if (reads && steps) loops.push({ cursor: p, walked, end: n.endIndex });
  }
  ctx.memo.set(key, loops);
  return loops;
}

/** `names` with the cursors of loops that walk one of them and end before `sink`. */
export function withCharacterCursors(names: ReadonlySet<string>, sink: SyntaxNode, ctx: RuleContext): Set<string> {
  const out = new Set(names);
  if (ctx.language !== 'c' && ctx.language !== 'cpp') return out;
  for (const loop of cursorLoops(scopeOf(sink), ctx))
    if (loop.end <= sink.startIndex && names.has(loop.walked)) out.add(loop.cursor);
  return out;
}
