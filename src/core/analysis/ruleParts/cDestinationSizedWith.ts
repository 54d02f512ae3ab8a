// Ways real C gives a copy's destination room for the length other than assigning it an allocator's result: an
// array declared with the length as its bound (`char *v[argc + 1]; memcpy(v, argv, (argc + 1) * sizeof *v)`), and
// a reserve-style or checked helper that hands back room for the length through an out-parameter
// (`if (buf_reserve(b, len, &p) < 0) return; memcpy(p, v, len)`).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { CallInfo } from '../callInfo';
import type { Assignment } from '../assignments';
import { walk } from '../walk';
import { escapeRegExp } from './textPatterns';

/** Helpers that hand out room for a size they are given. */
export const RESERVES = /alloc|reserve|grow|ensure|extend|space|make_room/i;

/** `base` is declared in `fn` as an array whose bound mentions the length (a VLA or a sized local). */
export function declaredWithLength(fn: SyntaxNode, base: string, mentions: (text: string) => boolean): boolean {
  for (const node of walk(fn)) {
    if (node.type !== 'array_declarator') continue;
    const name = node.childForFieldName('declarator')?.text.replace(/^[*\s]+/, '');
    const size = node.childForFieldName('size');
    if (name === base && size && mentions(size.text)) return true;
  }
  return false;
}

/**
 * `std::vector<T> out(n);` before `at`, with the length in its arguments. With a bare name this parses as a function
 * declaration (the most vexing parse), so it is no assignment: the declaration's text is read.
 */
export function constructedWithLength(
  fn: SyntaxNode,
  base: string,
  mentions: (text: string) => boolean,
  at: SyntaxNode,
): boolean {
  const constructed = new RegExp(
    `\\b(vector|basic_string|string|deque)\\s*(<[^;{}]*>)?\\s+${escapeRegExp(base)}\\s*\\(([^;{}]*)\\)\\s*;`,
  ).exec(fn.text.slice(0, at.startIndex - fn.startIndex));
  return constructed !== null && mentions(constructed[3] ?? '');
}

/** The call's result decides an `if` (`if ((r = check_room(b, off, len, &p)) != 0) return r;`). */
function testedCall(call: SyntaxNode): boolean {
  for (let up = call.parent; up && !/statement$/.test(up.type); up = up.parent)
    if (up.parent?.type === 'if_statement' && up.parent.childForFieldName('condition')?.startIndex === up.startIndex)
      return true;
  return false;
}

/**
 * Before `at`, a reserve-style call, or one whose result is tested, received `&base` and the length: it set `base`
 * to room for it (or failed).
 */
export function reservedThroughOutParameter(
  calls: readonly CallInfo[],
  base: string,
  mentions: (text: string) => boolean,
  at: SyntaxNode,
): boolean {
  const out = new RegExp(`^&\\s*${base}$`);
  return calls.some(
    (c) =>
      c.node.endIndex <= at.startIndex &&
      (RESERVES.test(c.last) || testedCall(c.node)) &&
      c.args.some((a) => out.test(a.text.trim())) &&
      c.args.some((a) => !out.test(a.text.trim()) && mentions(a.text)),
  );
}

/**
 * `base` and the locals it is set from as a whole (`tmp = realloc(p, n); if (!tmp) fail; p = tmp;`): the destination
 * takes the allocation through a local.
 */
export function takenFrom(assignments: readonly Assignment[], base: string): Set<string> {
  const bases = new Set([base]);
  for (const a of assignments) {
    const left = (a.node.childForFieldName('declarator') ?? a.node.childForFieldName('left'))?.text.trim();
    if (left === base && a.value.type === 'identifier') bases.add(a.value.text);
  }
  return bases;
}

/** The destination is sized with the length where it is declared, constructed or reserved (the three forms above). */
export function sizedWhereMade(
  fn: SyntaxNode,
  base: string,
  mentions: (text: string) => boolean,
  calls: readonly CallInfo[],
  dst: SyntaxNode,
): boolean {
  return (
    declaredWithLength(fn, base, mentions) ||
    constructedWithLength(fn, base, mentions, dst) ||
    reservedThroughOutParameter(calls, base, mentions, dst)
  );
}
