// CWE-194 unexpected sign extension: a short (or signed char) length checked from above only reaches a size_t
// argument; a negative value sign-extends to a huge size. Same shape as `c-signed-length-copy` (195), for the types
// narrower than int.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { SIGNED_NARROW, upperCheckedOnly } from '../ruleParts/cSignedLength';

export const cShortLengthCopy = callRule({
  id: 'c-short-length-copy',
  cwe: 'CWE-194',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'A short length is checked against an upper bound only; a negative value passes, sign-extends and becomes a huge size in the call.',
  fix: 'Reject negative values too (len < 0 || len > max), or read the length into an unsigned type.',
  callee: {
    c: /^(memcpy|memmove|memset|strncpy|strncat|read|recv|fread|malloc)$/,
    cpp: /^(::|std::)?(memcpy|memmove|memset|strncpy|strncat|read|recv|fread|malloc)$/,
  },
  when: (call, ctx) => upperCheckedOnly(call, ctx, SIGNED_NARROW),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe194SignExtension: readonly Rule[] = [cShortLengthCopy];
