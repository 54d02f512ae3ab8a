// CWE-124 buffer underwrite: a copy writes through a pointer set to a local buffer minus a constant.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { COPY_CALLS, startsBeforeBuffer } from '../ruleParts/cConstantOverrun';

export const cWriteBeforeBuffer = callRule({
  id: 'c-write-before-buffer',
  cwe: 'CWE-124',
  severity: 'error',
  languages: ['c', 'cpp'],
  message: 'The destination was set to a point before the start of its buffer, so this copy writes outside it.',
  fix: 'Point the destination at the buffer itself (or an offset inside it), never before its first element.',
  callee: COPY_CALLS,
  when: (call, ctx) => startsBeforeBuffer(call.args[0], call.node, ctx),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe124BufferUnderwrite: readonly Rule[] = [cWriteBeforeBuffer];
