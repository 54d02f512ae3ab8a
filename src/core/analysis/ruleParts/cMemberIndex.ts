// `t->entries[slot]`: an integer parameter indexes an array member of a struct the caller handed in, and the struct
// keeps a count member (`t->count`) that this function never compares with the index. Library accessors of this shape
// are where real-project fixes add `if (slot >= t->count) return -EINVAL;`. A parameter is only a caller's value
// (lower confidence), so the match is a finding only when the file compares that count member somewhere else (the
// project does check it, here it forgot), and a note otherwise. Static helpers are left out: their callers are in view.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { FindingTier } from '../Finding';
import type { RuleContext } from '../RuleContext';
import { declarationsOf } from '../cDeclarations';
import { atomsOf, integerParameters } from '../cBoundsFacts';
import { guardedByComparison } from '../pdgGuard';
import { ancestor, FUNCTION_TYPES } from '../walk';
import { indexOf } from './cIndexAccess';

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Member names that count or bound the elements of a sibling array. */
const COUNT_MEMBER =
  /^(n|num_?\w*|\w*_?count|\w*_?len|\w*_?size|nr_?\w*|max_?\w*|\w*_?cap|capacity|n(bits|slots|items|elems?|entries|ents|um)\w*)$/;

/** The integer count members of `struct <tag>` as declared in this file (kept per tag). */
function countMembers(tag: string, ctx: RuleContext): string[] {
  const key = `cMemberIndex:counts:${tag}`;
  let found = ctx.memo.get(key) as string[] | undefined;
  if (!found) {
    const body = new RegExp(`struct\\s+${esc(tag)}\\s*\\{([^}]*)\\}`).exec(ctx.code)?.[1] ?? '';
    found = [...body.matchAll(/\b(?:unsigned|int|long|short|size_t|u?int\d+_t|u\d+|__u\d+)\b[^;*()]*?\b(\w+)\s*;/g)]
      .map((m) => m[1] ?? '')
      .filter((name) => COUNT_MEMBER.test(name));
    ctx.memo.set(key, found);
  }
  return found;
}

/** Whether the file compares `->member` (or `.member`) with something outside the function `fn`. */
function comparedElsewhere(member: string, fn: SyntaxNode, ctx: RuleContext): boolean {
  const m = esc(member);
  const test = new RegExp(`(<|>|<=|>=)\\s*\\(?\\s*\\w+\\s*(->|\\.)\\s*${m}\\b|(->|\\.)\\s*${m}\\s*(<|>|<=|>=)`, 'g');
  for (const hit of ctx.code.matchAll(test)) if (hit.index < fn.startIndex || hit.index >= fn.endIndex) return true;
  return false;
}

/** The tier this subscript earns under the shape above, or null when the shape does not apply or a check guards it. */
export function memberIndexTier(node: SyntaxNode, ctx: RuleContext): FindingTier | null {
  if (ctx.language !== 'c') return null;
  const { array, index } = indexOf(node);
  if (array?.type !== 'field_expression' || !index || !/->/.test(array.text)) return null;
  const owner = array.childForFieldName('argument');
  const fn = ancestor(node, FUNCTION_TYPES);
  // A static helper's callers are in view and pass indexes they own; the shape is about exported accessors.
  if (owner?.type !== 'identifier' || !fn || /^static\b/.test(fn.text)) return null;
  const ints = integerParameters(node);
  const names = atomsOf(index).filter((a) => ints.has(a));
  if (names.length === 0 || /%|&|sizeof|\?/.test(index.text)) return null;
  const param = declarationsOf(node, ctx).find((d) => d.parameter && d.name === owner.text && d.indirect);
  const tag = /\bstruct\s+(\w+)/.exec(param?.type ?? '')?.[1];
  const counts = tag ? countMembers(tag, ctx) : [];
  if (counts.length === 0 || guardedByComparison(node, names, ctx, { bound: true })) return null;
  return counts.some((c) => comparedElsewhere(c, fn, ctx)) ? 'finding' : 'note';
}
