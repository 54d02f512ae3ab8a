// CWE-321 hard-coded cryptographic key: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { isConstant } from '../stringShape';
import { scopeOf } from '../walk';

/** A string literal of some length, or a local only ever assigned one (`key = "s3cr3t"` then `jwt.encode(p, key)`). */
function literalKey(arg: SyntaxNode | undefined, ctx: RuleContext): boolean {
  if (!arg) return false;
  if (/string/.test(arg.type)) return isConstant(arg) && arg.text.replace(/^[a-z]*['"`]+|['"`]+$/gi, '').length >= 4;
  if (arg.type !== 'identifier') return false;
  const writes = ctx.assignments(scopeOf(arg)).filter((a) => a.names.length === 1 && a.names[0] === arg.text);
  return writes.length > 0 && writes.every((a) => literalKey(a.value, ctx));
}

export const jwtLiteralKey = callRule({
  id: 'jwt-literal-key',
  cwe: 'CWE-321',
  severity: 'error',
  languages: ['python', 'javascript', 'typescript'],
  message:
    'Tokens are signed or verified with a key written in the source; anyone who reads the code can mint valid tokens.',
  fix: 'Load the signing key from the environment or a secret store at start-up, and rotate the one that was committed.',
  // PyJWT encode(payload, key) / decode(token, key); jsonwebtoken sign(payload, key) / verify(token, key).
  callee: {
    python: /^jwt\.(encode|decode)$/,
    javascript: /^(jwt|jsonwebtoken)\.(sign|verify)$/,
    typescript: /^(jwt|jsonwebtoken)\.(sign|verify)$/,
  },
  when: (call, ctx) => literalKey(call.args[1] ?? call.keywords.get('key'), ctx),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe321HardcodedCryptoKey: readonly Rule[] = [jwtLiteralKey];
