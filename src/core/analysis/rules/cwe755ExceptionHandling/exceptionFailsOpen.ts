// CWE-755: an exception handler that turns a failed security check into success. Reported as a finding only when
// the context shows a verdict at stake: the handler answers "yes" (returns true, or Express `next()`) while the try
// body calls a security check or answers "no" elsewhere, or it swallows the exception of a check whose only failure
// signal is that exception (`verify(token)` as a bare statement) and the code after the try carries on.
import type { Captures, QueryRule } from '../../Rule';
import type { RuleContext } from '../../RuleContext';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { CallInfo } from '../../callInfo';
import { isSecurityCall } from './securityCalls';
import {
  bodyReturnsVerdict,
  fallsThrough,
  isRefusal,
  isSuccess,
  nextStatement,
  returnsFlagPresetTrue,
  returnsSuccess,
  swallows,
  tryBody,
} from './handlerShapes';
import type { FindingTier } from '../../Finding';
import { HANDLER_QUERIES } from './handlerQueries';
import { expectsThrow } from './expectedThrow';

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

/**
 * Three fail-open shapes: the handler answers "yes" while the try decides; the handler falls through to a "yes"
 * right after the try; or it swallows the exception of a check whose only failure signal is that exception.
 */
export function failsOpen({ hit, try: tryNode }: Captures, ctx: RuleContext): boolean {
  if (!hit || !tryNode) return false;
  const body = tryBody(tryNode);
  if (!body || expectsThrow(body)) return false;
  const checks = securityCallsIn(body, ctx);
  const decides = checks.length > 0 || bodyReturnsVerdict(body);
  if (returnsSuccess(hit) && decides) return true;
  if (hasElseClause(tryNode)) return false;
  const after = nextStatement(tryNode);
  if (fallsThrough(hit) && decides && (isSuccess(after) || returnsFlagPresetTrue(tryNode, after))) return true;
  return swallows(hit) && checks.some(isBareStatement) && !isRefusal(after);
}

/** Names of functions whose answer is an access or validity decision. */
export const VERDICT_NAME =
  /(allow|permit|auth|admin|access|valid|verif|owner|role|token|signature|trusted|can[A-Z_]|may[A-Z_]|^can_|^may_|^is_?(allowed|admin|owner|member|valid))/i;

/** A finding when a security call or a verdict-named function is involved; a note for other predicates. */
function failsOpenTier({ hit, try: tryNode }: Captures, ctx: RuleContext): FindingTier {
  const body = tryNode ? tryBody(tryNode) : null;
  if (body && securityCallsIn(body, ctx).length > 0) return 'finding';
  let up = hit?.parent ?? null;
  while (up && !/function|method|constructor/.test(up.type)) up = up.parent;
  const name = up?.childForFieldName('name')?.text ?? '';
  return VERDICT_NAME.test(name) ? 'finding' : 'note';
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
  tierOf: failsOpenTier,
};
