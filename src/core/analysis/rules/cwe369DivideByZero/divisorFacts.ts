// Facts about a divisor's name that rule out zero: constants of the file given a non-zero literal.
import type { RuleContext } from '../../RuleContext';
import { escapeRe } from '../../ruleParts/cIndexAccess';

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
