// CWE-755: an exception handler that turns a failed security check into success. Reported as a finding only when
// the context shows a verdict at stake: the handler answers "yes" (returns true, or Express `next()`) while the try
// body calls a security check or answers "no" elsewhere, or it swallows the exception of a check whose only failure
// signal is that exception (`verify(token)` as a bare statement) and the code after the try carries on.
import type { Captures, QueryRule } from '../../Rule';
import type { RuleContext } from '../../RuleContext';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { CallInfo } from '../../callInfo';
import { isSecurityCall } from './securityCalls';
import { bodyReturnsFalse, isRefusal, nextStatement, returnsSuccess, swallows, tryBody } from './handlerShapes';
import { HANDLER_QUERIES } from './handlerQueries';

/** The call's value is thrown away, so an exception is its only way to say "no". */
function isBareStatement(call: CallInfo): boolean {
  let up: SyntaxNode | null = call.node.parent;
  while (up && (up.type === 'await' || up.type === 'await_expression' || up.type === 'parenthesized_expression'))
    up = up.parent;
  return up?.type === 'expression_statement';
}

function securityCallsIn(body: SyntaxNode, ctx: RuleContext): CallInfo[] {
  return ctx.callsWithin(body.startIndex, body.endIndex).filter((c) => isSecurityCall(c.name, c.last));
}

/** Python's `try/except/else`: the success path lives in `else`, so falling through after a swallow is not success. */
function hasElseClause(tryNode: SyntaxNode): boolean {
  return tryNode.namedChildren.some((c) => c?.type === 'else_clause');
}

export function failsOpen({ hit, try: tryNode }: Captures, ctx: RuleContext): boolean {
  if (!hit || !tryNode) return false;
  const body = tryBody(tryNode);
  if (!body) return false;
  const checks = securityCallsIn(body, ctx);
  if (returnsSuccess(hit) && (checks.length > 0 || bodyReturnsFalse(body))) return true;
  if (!swallows(hit) || hasElseClause(tryNode)) return false;
  return checks.some(isBareStatement) && !isRefusal(nextStatement(tryNode));
}

export const exceptionFailsOpen: QueryRule = {
  id: 'exception-fails-open',
  cwe: 'CWE-755',
  severity: 'warning',
  languages: ['python', 'javascript', 'typescript', 'java', 'csharp', 'php', 'cpp'],
  kind: 'query',
  query: HANDLER_QUERIES,
  guardable: false,
  message:
    'This handler turns a failed security check into success: the exception (a bad signature, a timeout, a denied permission) is swallowed or answered with "allowed", so the check fails open.',
  fix: 'Catch only the exceptions you expect and refuse in the handler (return false, raise, respond 401/403); let anything else propagate.',
  predicate: failsOpen,
};
