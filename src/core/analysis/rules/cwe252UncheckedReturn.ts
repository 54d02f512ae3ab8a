// CWE-252 unchecked return value: calls whose failure silently leaves the program in an unsafe state, used as bare
// statements so the result is never looked at, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { goDroppedError } from './cwe252GoDroppedError';
import { rustDiscardedResult } from './cwe252RustDiscardedResult';

/** Privilege drops and confinement: when they fail the program keeps running with root rights or outside the jail. */
const MUST_CHECK_C =
  /^(setuid|setgid|seteuid|setegid|setreuid|setregid|setresuid|setresgid|setgroups|initgroups|chroot|chdir|mlock|mlockall)$/;

/** A call of a plain function as a whole statement: its result is thrown away. */
const DISCARDED_CALL = {
  c: '(expression_statement (call_expression function: (identifier) @fn) @hit)',
  cpp: '(expression_statement (call_expression function: (identifier) @fn) @hit)',
};

export const cUncheckedPrivilegeCall: QueryRule = {
  id: 'c-unchecked-privilege-call',
  cwe: 'CWE-252',
  severity: 'warning',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: DISCARDED_CALL,
  message:
    'The result of a privilege or confinement call is ignored; if it fails the program continues with the old rights or outside the jail.',
  fix: 'Check the return value (`if (setuid(uid) != 0) { perror(...); exit(1); }`) and stop on failure.',
  predicate: ({ fn }) => fn !== undefined && MUST_CHECK_C.test(fn.text),
};

/** Line reads whose buffer keeps its old (often uninitialised) contents when they fail or hit end of file. */
const READ_INTO_BUFFER = /^(fgets|fgetws)$/;

export const cUncheckedReadCall: QueryRule = {
  id: 'c-unchecked-read-call',
  cwe: 'CWE-252',
  severity: 'warning',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: DISCARDED_CALL,
  message:
    'The result of this read is ignored; on end of file or an error the buffer keeps what it held before and is used as if it had been read.',
  fix: 'Test the result (`if (fgets(buf, sizeof buf, f) == NULL) { handle the error }`) before using the buffer.',
  predicate: ({ fn }) => fn !== undefined && READ_INTO_BUFFER.test(fn.text),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe252UncheckedReturn: readonly Rule[] = [
  cUncheckedPrivilegeCall,
  cUncheckedReadCall,
  goDroppedError,
  rustDiscardedResult,
];
