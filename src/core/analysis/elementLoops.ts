// A loop over the elements of a value (`for ch in name:`, `for (const ch of expr)`, `for _, r := range s`,
// `for (char c : s.toCharArray())`, `foreach (var c in s)`, `foreach (str_split($s) as $c)`, `for c in s.chars()`)
// reads the value one element at a time, so a check of the loop variable inside it that exits on a bad element
// (`if (!allowed.has(ch)) return '';`) is a check of the value. The guard query adds such variables to the names it
// looks for (guardedSink.ts), as cCharacterCursors.ts does for C's pointer cursors.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { namedChildren, scopeOf, walk } from './walk';

interface ElementLoop {
  variable: string;
  iterable: string;
  end: number;
}

/** [variable, iterable] of an element loop, or null for other nodes (C-style counted loops included). */
function parts(n: SyntaxNode): [SyntaxNode | null, SyntaxNode | null] | null {
  switch (n.type) {
    case 'for_in_statement': // JavaScript: only `of` walks elements (`in` walks keys).
      return n.children.some((c) => c?.type === 'of')
        ? [n.childForFieldName('left'), n.childForFieldName('right')]
        : null;
    case 'for_statement': {
      const range = namedChildren(n).find((c) => c.type === 'range_clause'); // Go
      if (range) return [range.childForFieldName('left'), range.childForFieldName('right')];
      return n.childForFieldName('left') && n.childForFieldName('right') // Python
        ? [n.childForFieldName('left'), n.childForFieldName('right')]
        : null;
    }
    case 'enhanced_for_statement': // Java
      return [n.childForFieldName('name'), n.childForFieldName('value')];
    case 'foreach_statement': {
      if (n.childForFieldName('left')) return [n.childForFieldName('left'), n.childForFieldName('right')]; // C#
      const [iterable, variable] = namedChildren(n); // PHP: foreach (iterable as [$k =>] $v)
      return [variable ?? null, iterable ?? null];
    }
    case 'for_expression': // Rust
      return [n.childForFieldName('pattern'), n.childForFieldName('value')];
    default:
      return null;
  }
}

function elementLoops(scope: SyntaxNode, ctx: RuleContext): ElementLoop[] {
  const key = `elementLoops:${scope.startIndex}:${scope.endIndex}`;
  const cached = ctx.memo.get(key) as ElementLoop[] | undefined;
  if (cached) return cached;
  const loops: ElementLoop[] = [];
  for (const n of walk(scope)) {
    const found = parts(n);
    // The element is the last name of the pattern: `_, r`, `[i, ch]`, `$k => $v`, `(i, c)`.
    const variable = found?.[0]?.text.match(/\$?[A-Za-z_]\w*/g)?.at(-1);
    const iterable = found?.[1]?.text.replace(/\s+/g, '');
    if (variable && iterable) loops.push({ variable, iterable, end: n.endIndex });
  }
  ctx.memo.set(key, loops);
  return loops;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `names` with the variables of element loops that walk one of them (the name itself, its characters or bytes,
 * `str_split` of it) and end before `sink`.
 */
export function withElementVariables(names: ReadonlySet<string>, sink: SyntaxNode, ctx: RuleContext): Set<string> {
  const out = new Set(names);
  if (ctx.language === 'c' || ctx.language === 'cpp') return out;
  const loops = elementLoops(scopeOf(sink), ctx).filter((l) => l.end <= sink.startIndex);
  for (const loop of loops)
    for (const name of names)
      if (new RegExp(`(^|[(,])${esc(name)}($|[.)\\[]|->)`).test(loop.iterable)) out.add(loop.variable);
  return out;
}
