// CWE-330 insufficiently random values: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { inSecretContext } from '../ruleHelpers';

export const timeBasedUuidSecret = callRule({
  id: 'time-based-uuid-secret',
  cwe: 'CWE-330',
  severity: 'warning',
  languages: ['python', 'javascript', 'typescript'],
  message:
    'A version-1 UUID is built from the clock and the host MAC address, so a token made from it can be predicted.',
  fix: 'Generate tokens with a CSPRNG: secrets.token_urlsafe(32) in Python, crypto.randomBytes(32) or crypto.randomUUID() in Node.',
  callee: { python: /^(uuid\.)?uuid1$/, javascript: /^(uuid\.v1|uuidv1)$/, typescript: /^(uuid\.v1|uuidv1)$/ },
  when: (call) => inSecretContext(call.node),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe330InsufficientRandomness: readonly Rule[] = [timeBasedUuidSecret];
