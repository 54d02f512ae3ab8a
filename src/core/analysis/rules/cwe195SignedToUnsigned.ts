// CWE-195 signed to unsigned conversion error: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { C } from '../ruleParts/cIndexAccess';
import { upperCheckedOnly } from '../ruleParts/cSignedLength';

export const cSignedLengthCopy = callRule({
  id: 'c-signed-length-copy',
  cwe: 'CWE-195',
  severity: 'error',
  languages: [...C],
  message:
    'A signed length is checked against an upper bound only; a negative value passes and becomes a huge size in the call.',
  fix: 'Reject negative lengths too (len < 0 || len > max), or keep lengths in size_t from where they are read.',
  callee: {
    c: /^(memcpy|memmove|memset|strncpy|strncat|read|recv|fread|malloc)$/,
    cpp: /^(::|std::)?(memcpy|memmove|memset|strncpy|strncat|read|recv|fread|malloc)$/,
  },
  when: (call, ctx) => upperCheckedOnly(call, ctx),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe195SignedToUnsigned: readonly Rule[] = [cSignedLengthCopy];
