// Facts about a divisor's name that rule out zero or find what it holds: constants of the file given a non-zero
// literal, and the values a local was given before the division.
import type { RuleContext } from '../../RuleContext';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { escapeRe } from '../../ruleParts/cIndexAccess';
import { scopeOf, walk } from '../../walk';

/**
 * A lower-case constant of the file given a non-zero literal: an enum member (`enum { base = 36, damp = 700 }`) or a
 * `const`/`constexpr` variable (`static const int step = 4;`). Kept per name.
 */
export function nonZeroConstant(name: string, ctx: RuleContext): boolean {
  const key = `cwe369:constant:${name}`;
  let found = ctx.memo.get(key) as boolean | undefined;
  if (found === undefined) {
    const n = escapeRe(name);
    const literal = '(0x0*[1-9a-fA-F][\\da-fA-F]*|[1-9]\\d*)[uUlL]*';
    found =
      new RegExp(`\\benum\\b[^{;]*\\{([^}]*,)?\\s*${n}\\s*=\\s*${literal}\\s*[,}]`).test(ctx.code) ||
      new RegExp(`\\b(const|constexpr)\\b[^;=(){}]*\\b${n}\\s*=\\s*${literal}\\s*;`).test(ctx.code);
    ctx.memo.set(key, found);
  }
  return found;
}

/** The values a local is given (initialiser, `=`) before `at` in its function. */
export function valuesBefore(name: string, at: SyntaxNode): SyntaxNode[] {
  const values: SyntaxNode[] = [];
  for (const n of walk(scopeOf(at))) {
    if (n.startIndex >= at.startIndex) break;
    if (n.type === 'init_declarator' && n.childForFieldName('declarator')?.text === name) {
      const v = n.childForFieldName('value');
      if (v) values.push(v);
    }
    if (n.type === 'assignment_expression' && n.childForFieldName('left')?.text === name) {
      const v = n.childForFieldName('right');
      if (v) values.push(v);
    }
  }
  return values;
}
