// CWE-126 buffer over-read: a copy reads a constant count of bytes from a source buffer that holds fewer (the
// count measured on the destination, `memcpy(dest, src, strlen(dest))`, with a smaller `src`).
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { readOverrun } from '../ruleParts/cConstantOverrun';

export const cConstantOverread = callRule({
  id: 'c-constant-overread',
  cwe: 'CWE-126',
  severity: 'error',
  languages: ['c', 'cpp'],
  message: 'Every size here is a constant, and the copy reads more bytes than the source buffer holds.',
  fix: 'Measure the count on the source (strlen(src) + 1, or sizeof the source array), not on the destination.',
  callee: { c: /^(memcpy|memmove|wmemcpy|wmemmove)$/, cpp: /^(std::)?(memcpy|memmove|wmemcpy|wmemmove)$/ },
  when: readOverrun,
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe126BufferOverread: readonly Rule[] = [cConstantOverread];
