// What a scope holds that may check a value before a sink (`if`/switch/assert/try statements, an `if`'s condition,
// branches and Go initializer, calls of the file's own helpers), read once per scope and analysis: in a long
// top-level script every later sink asks the same questions of the same statements (guardedSink.ts).
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import type { CallInfo } from './callInfo';
import { callsFileHelper } from './helperChecks';
import { EXITS } from './validationGuard';
import { walk } from './walk';

/** An `if` statement's parts; `end` is where the statement ends (a sink after it may rely on it). */
export interface IfParts {
  end: number;
  cond: SyntaxNode | null;
  then: SyntaxNode | null;
  otherwise: SyntaxNode | null;
  init: SyntaxNode | null;
  thenExits: boolean;
  otherwiseExits: boolean;
  /** An `unless`: the body runs when the condition fails. */
  negated: boolean;
}

// Ruby's `if`/`unless` and their one-line modifier forms (`return head(:bad_request) unless ALLOWED.include?(x)`).
const IF_TYPES = /^(if_statement|if_expression|if|unless|if_modifier|unless_modifier)$/;
/** Ruby's `unless`: its body runs when the condition fails, so the branches swap. */
const NEGATED_IF = /^(unless|unless_modifier)$/;
export const SWITCH_TYPES = /^(switch_statement|expression_switch_statement)$/;

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
    negated: NEGATED_IF.test(stmt.type),
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

/**
 * The `if`, switch and assert statements of a scope, found in one walk per scope and analysis: every sink of a long
 * top-level script walked the whole file before.
 */
export function checkStatements(scope: SyntaxNode, ctx: RuleContext): SyntaxNode[] {
  const key = `guardedSink:checks:${scope.startIndex}:${scope.endIndex}`;
  let found = ctx.memo.get(key) as SyntaxNode[] | undefined;
  if (!found) {
    found = [...walk(scope)].filter(
      (s) =>
        IF_TYPES.test(s.type) ||
        SWITCH_TYPES.test(s.type) ||
        s.type === 'assert_statement' ||
        s.type === 'try_statement',
    );
    ctx.memo.set(key, found);
  }
  return found;
}

/** The call, or the assignment it is the value of. */
export const statementOf = (c: CallInfo): SyntaxNode => (c.node.parent?.type === 'assignment' ? c.node.parent : c.node);

/** Calls of the file's own functions standing as a statement of `scope`, found once per scope and analysis. */
export function helperStatements(scope: SyntaxNode, ctx: RuleContext): CallInfo[] {
  const key = `guardedSink:helpers:${scope.startIndex}:${scope.endIndex}`;
  let found = ctx.memo.get(key) as CallInfo[] | undefined;
  if (!found) {
    found = ctx
      .callsIn(scope)
      .filter((c) => statementOf(c).parent?.type === 'expression_statement' && callsFileHelper(c, ctx));
    ctx.memo.set(key, found);
  }
  return found;
}
