// A counter a loop checks once per iteration after its write (`buf[len++] = c; if (len == sizeof buf - 1) break;`):
// the check stops the loop before the next write can pass the bound, so the write is guarded by the loop's own test.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { ancestor } from '../walk';
import { comparesName } from '../pdgGuard';

const LOOPS: ReadonlySet<string> = new Set(['while_statement', 'for_statement', 'do_statement']);

/** The statement leaves the loop or the function on every path through it (`break;`, `return NULL;`, `{ ...; goto out; }`). */
function leaves(stmt: SyntaxNode | null): boolean {
  if (!stmt) return false;
  if (/^(break|return|goto)_statement$/.test(stmt.type)) return true;
  return (
    stmt.type === 'compound_statement' && leaves(stmt.namedChildren.filter((c) => c?.type !== 'comment').at(-1) ?? null)
  );
}

/** In the loop around `at`, a later statement of the loop's body compares one of `names` and leaves when it holds. */
export function checkedEachIteration(at: SyntaxNode, names: readonly string[]): boolean {
  const loop = ancestor(at, LOOPS);
  const body = loop?.childForFieldName('body');
  if (!body || body.type !== 'compound_statement') return false;
  return body.namedChildren.some(
    (s) =>
      s !== null &&
      s.startIndex > at.endIndex &&
      s.type === 'if_statement' &&
      s.childForFieldName('alternative') === null &&
      leaves(s.childForFieldName('consequence')) &&
      comparesName(s.childForFieldName('condition') ?? s, names, { bound: true }),
  );
}
