// CWE-127 buffer under-read: a copy reads through a pointer set to a local buffer minus a constant.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { COPY_CALLS, startsBeforeBuffer } from '../ruleParts/cConstantOverrun';

export const cReadBeforeBuffer = callRule({
  id: 'c-read-before-buffer',
  cwe: 'CWE-127',
  severity: 'error',
  languages: ['c', 'cpp'],
  message: 'The source was set to a point before the start of its buffer, so this copy reads memory outside it.',
  fix: 'Read from the buffer itself (or an offset inside it), never from before its first element.',
  callee: COPY_CALLS,
  when: (call, ctx) => !/memset$/.test(call.name) && startsBeforeBuffer(call.args[1], call.node, ctx),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe127BufferUnderread: readonly Rule[] = [cReadBeforeBuffer];
