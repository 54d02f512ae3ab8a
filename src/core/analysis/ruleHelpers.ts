// Conditions shared by many rules: "built or tainted", security-sensitive context, keyword values.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import type { CallInfo } from './callInfo';
import type { FindingTier } from './Finding';
import { isBuiltString, isConstant } from './stringShape';
import { exprTainted, taintOf } from './taint';
import { GENERIC_TAINT, REQUEST_TAINT } from './sources';
import { scopeOf } from './walk';

/** Data from a request, argv, environment or input reaches this expression in its function. */
export function isTainted(node: SyntaxNode, ctx: RuleContext): boolean {
  return exprTainted(node, GENERIC_TAINT, ctx, taintOf(node, 'generic', GENERIC_TAINT, ctx));
}

/** Web request data reaches this expression. */
export function isRequestTainted(node: SyntaxNode, ctx: RuleContext): boolean {
  return exprTainted(node, REQUEST_TAINT, ctx, taintOf(node, 'request', REQUEST_TAINT, ctx));
}

export function builtOrTainted(node: SyntaxNode | undefined, ctx: RuleContext): boolean {
  if (!node || isConstant(node)) return false;
  return isBuiltString(node, ctx) || isTainted(node, ctx);
}

export function nonConstant(node: SyntaxNode | undefined): boolean {
  return node !== undefined && !isConstant(node);
}

/** `finding` when input (request, argv, stdin, environment; on the parameter run a parameter) reaches the value,
 * `note` otherwise: for sinks that real programs also feed with their own data (code they generate or compiled). */
export function taintedTier(node: SyntaxNode | undefined, ctx: RuleContext): FindingTier {
  return node !== undefined && isTainted(node, ctx) ? 'finding' : 'note';
}

/** Keyword argument (Python) value text, or undefined. */
export function keyword(call: CallInfo, name: string): string | undefined {
  return call.keywords.get(name)?.text;
}

/** Names that mark secrets: tokens, passwords, keys, sessions, nonces, salts. */
export const SECRET_WORDS =
  /pass(word|wd|phrase)?|pwd|secret|token|nonce|salt|otp|session|csrf|api_?key|private|credential|auth|(?<!un)sign|\bkey\b|_key\b|Key\b|reset|verif|code\b|uuid|\bid\b/i;

/** The call sits in a security-sensitive function, or its value is stored under a secret-like name. */
export function inSecretContext(node: SyntaxNode): boolean {
  const scope = scopeOf(node);
  const header =
    scope.type === 'module' || scope.type === 'program' || scope.type === 'translation_unit'
      ? ''
      : scope.text.slice(0, Math.max(0, scope.text.indexOf('\n')) || 120);
  if (SECRET_WORDS.test(header)) return true;
  for (let cur: SyntaxNode | null = node.parent, hops = 0; cur && hops < 6; cur = cur.parent, hops += 1) {
    const target =
      cur.childForFieldName('left') ?? cur.childForFieldName('name') ?? cur.childForFieldName('declarator');
    if (target && /assign|declarator|var_spec|short_var|keyword_argument|pair/.test(cur.type))
      return SECRET_WORDS.test(target.text);
    if (cur.type === 'return_statement') return SECRET_WORDS.test(header);
  }
  return false;
}
