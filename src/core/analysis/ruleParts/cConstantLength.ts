// A copy length the function itself set to a number just before (`ah->ar_hln = 6; ... memcpy(p, hw, ah->ar_hln)`):
// a protocol header field filled with a fixed size and then used as the size is a constant, not caller input.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { contains } from '../walk';
import { lastValueBefore } from './cLastValue';

/** The last value `length` got before `at` is a number, set in a block that also holds `at` (not on a branch). */
export function setToNumberBefore(length: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  if (!/^(identifier|field_expression)$/.test(length.type)) return false;
  const value = lastValueBefore(length.text.replace(/\s+/g, ''), at, ctx);
  if (value?.type !== 'number_literal') return false;
  let stmt: SyntaxNode | null = value;
  while (stmt && stmt.parent && stmt.parent.type !== 'compound_statement') stmt = stmt.parent;
  return stmt?.parent != null && contains(stmt.parent, at);
}
