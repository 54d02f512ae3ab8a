// Shapes the taint engine (taint.ts) reads besides sources and sanitisers: values the server sets, array maps whose
// callback replaces each element, and the conversions that mark a rule as taking numbers for safe.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { namedChildren } from './walk';

/**
 * PHP `$_SERVER` entries the server sets, not the client: the peer's address and port, our own address, the clock,
 * the script on disk (`PHP_SELF`, `SERVER_NAME` and the `HTTP_*` headers can carry request text and stay sources).
 */
export const SERVER_SET =
  /^\$_SERVER\s*\[\s*['"](REMOTE_ADDR|REMOTE_PORT|SERVER_ADDR|SERVER_PORT|REQUEST_TIME|REQUEST_TIME_FLOAT|DOCUMENT_ROOT|SCRIPT_FILENAME)['"]\s*\]$/;

/** Sanitisers that show a rule takes a number for safe (taint.ts drops framework-converted parameters for it). */
export const NUMERIC_CONVERSION = ['parseInt', 'Number', 'int', 'Integer.parseInt', 'Long.parseLong'];

/** `xs.map((x) => expr)` with an expression-bodied arrow function (JavaScript, TypeScript): receiver and callback. */
export function mappedCallback(n: SyntaxNode, ctx: RuleContext): { receiver: SyntaxNode; callback: SyntaxNode } | null {
  if (n.type !== 'call_expression' || (ctx.language !== 'javascript' && ctx.language !== 'typescript')) return null;
  const callee = n.childForFieldName('function');
  const receiver = callee?.type === 'member_expression' ? callee.childForFieldName('object') : null;
  if (!receiver || callee?.childForFieldName('property')?.text !== 'map') return null;
  const args = namedChildren(n.childForFieldName('arguments'));
  const callback = args[0];
  if (args.length !== 1 || callback?.type !== 'arrow_function') return null;
  if (callback.childForFieldName('body')?.type === 'statement_block') return null;
  return { receiver, callback };
}
