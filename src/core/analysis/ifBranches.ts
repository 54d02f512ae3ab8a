// The parts of an `if` a guard check asks about (condition, branches, Go initializer, whether a branch exits), read
// once per statement and analysis: in a long top-level script every later sink asks the same questions of each `if`.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { EXITS } from './validationGuard';

/** An `if` statement's parts; `end` is where the statement ends (a sink after it may rely on it). */
export interface IfParts {
  end: number;
  cond: SyntaxNode | null;
  then: SyntaxNode | null;
  otherwise: SyntaxNode | null;
  init: SyntaxNode | null;
  thenExits: boolean;
  otherwiseExits: boolean;
}

const IF_TYPES = /^(if_statement|if_expression)$/;

function partsOf(stmt: SyntaxNode): IfParts {
  const then = stmt.childForFieldName('consequence') ?? stmt.childForFieldName('body');
  const otherwise = stmt.childForFieldName('alternative');
  return {
    end: stmt.endIndex,
    cond: stmt.childForFieldName('condition'),
    then,
    otherwise,
    init: stmt.childForFieldName('initializer'),
    thenExits: then !== null && EXITS.test(then.text),
    otherwiseExits: otherwise !== null && EXITS.test(otherwise.text),
  };
}

/** The `if`s among a scope's check statements, read once per scope and analysis. */
export function scopeIfs(scope: SyntaxNode, statements: readonly SyntaxNode[], ctx: RuleContext): IfParts[] {
  const key = `ifBranches:${scope.startIndex}:${scope.endIndex}`;
  let found = ctx.memo.get(key) as IfParts[] | undefined;
  if (!found) {
    found = statements.filter((s) => IF_TYPES.test(s.type)).map(partsOf);
    ctx.memo.set(key, found);
  }
  return found;
}

/** A branch that assigns one of the names (`x = default`) replaces the value the check rejected. */
export function assignsAny(names: ReadonlySet<string>): (branch: SyntaxNode) => boolean {
  if (names.size === 0) return () => false;
  const alternatives = [...names].map((n) => n.replace(/[$[\]().'"]/g, '\\$&')).join('|');
  const assigned = new RegExp(`(^|[^\\w.>])(${alternatives})\\s*=[^=]`);
  const plain = [...names];
  // A substring test first: most branches of a long script never mention the value.
  return (branch) => {
    const text = branch.text;
    return plain.some((n) => text.includes(n)) && assigned.test(text);
  };
}
