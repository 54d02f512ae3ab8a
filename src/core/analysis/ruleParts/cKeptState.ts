// Members of C objects as "kept state": a size, count or divisor stored in a context object that the program sets
// up elsewhere (another file, an init path) and keeps consistent with its buffers. Such a member is evidence of
// outside control only when it is reached through a read-only record a caller handed in (a parsed header), comes
// from input, or this file itself sets it (then the setter is in view and the rules judge it).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { atomsOf, constPointerParameters, inputDerived, rootName } from '../cBoundsFacts';
import { enclosingParameterNames } from '../functionParameters';
import { scopeOf } from '../walk';

/** Assignments to a struct field by name anywhere in the file (`r->cap = cap`, `s.width = w`), indexed once. */
export function fieldAssignments(field: string, ctx: RuleContext): SyntaxNode[] {
  const key = 'cKeptState:fieldAssignments';
  let byField = ctx.memo.get(key) as Map<string, SyntaxNode[]> | undefined;
  if (!byField) {
    byField = new Map();
    for (const m of ctx.matches('(assignment_expression left: (field_expression field: (_) @field)) @hit')) {
      const name = m.captures.find((c) => c.name === 'field')?.node.text;
      const hit = m.captures.find((c) => c.name === 'hit')?.node;
      if (name && hit) byField.set(name, [...(byField.get(name) ?? []), hit]);
    }
    ctx.memo.set(key, byField);
  }
  return byField.get(field) ?? [];
}

/** A member access (`p->len`, `s.hdr.size`, as text) that is not kept state in the sense above. */
export function memberFromOutside(member: string, at: SyntaxNode, ctx: RuleContext): boolean {
  const root = rootName(member);
  const last = /(\w+)\s*$/.exec(member)?.[1] ?? '';
  return constPointerParameters(at).has(root) || inputDerived(root, at, ctx) || fieldAssignments(last, ctx).length > 0;
}

const isMember = (atom: string): boolean => /->|\./.test(atom);

/**
 * Every name a length depends on is kept state: members not from outside, or locals set only from such members
 * (`len = q->elem_size`). A parameter or a local with any other value is not.
 */
export function onlyKeptState(length: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  const params = enclosingParameterNames(at);
  const kept = (atom: string, depth: number): boolean => {
    if (isMember(atom)) return !memberFromOutside(atom, at, ctx);
    if (depth > 1 || params.has(atom) || inputDerived(atom, at, ctx)) return false;
    const values = ctx.assignmentsTo(scopeOf(at), atom).filter((a) => a.node.endIndex <= at.startIndex);
    return values.length > 0 && values.every((v) => keptAtoms(atomsOf(v.value), depth + 1));
  };
  const keptAtoms = (atoms: string[], depth: number): boolean => atoms.length > 0 && atoms.every((a) => kept(a, depth));
  return keptAtoms(atomsOf(length), 0);
}
