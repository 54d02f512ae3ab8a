// Shared rule helpers: SQL text built from pieces.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { isBuiltString } from '../stringShape';
import { IDENTIFIER_TYPES, scopeOf, walk } from '../walk';

export const SQL_WORDS =
  /\b(select\s[\s\S]*\bfrom|insert\s+into|update\s[\s\S]*\bset|delete\s+from|where|order\s+by|drop\s+table|create\s+table|replace\s+into|values\s*\()/i;

/** The argument is a built string and the text around it (or the variable's assignment) reads as SQL. */
export function builtSql(arg: SyntaxNode | undefined, ctx: RuleContext, needWords: boolean): boolean {
  if (!arg || !isBuiltString(arg, ctx)) return false;
  if (!needWords || SQL_WORDS.test(arg.text)) return true;
  const names = new Set([...walk(arg)].filter((n) => IDENTIFIER_TYPES.has(n.type)).map((n) => n.text));
  return (
    ctx.assignments(scopeOf(arg)).some((a) => a.names.some((n) => names.has(n)) && SQL_WORDS.test(a.value.text)) ||
    ctx
      .calls()
      .some(
        (c) =>
          /sprintf|snprintf|strcat/.test(c.name) && names.has(c.args[0]?.text ?? '') && SQL_WORDS.test(c.node.text),
      )
  );
}
