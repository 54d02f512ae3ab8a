// CWE-665 improper initialisation: a local character array declared without an initialiser is appended to or
// measured (strcat, strlen, ...) before anything wrote it, so the string functions look for a terminator in
// whatever the stack held.
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callRule } from '../callRule';
import { FUNCTION_TYPES, ancestor, walk } from '../walk';

/** The uninitialised local array `name` of the function around `at` is not mentioned between its declaration and `at`. */
function untouchedArray(name: string, at: SyntaxNode): boolean {
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn) return false;
  let declaredAt = -1;
  for (const n of walk(fn)) {
    if (n.startIndex >= at.startIndex) break;
    if (n.type === 'declaration' && !/^static\b/.test(n.text)) {
      for (const d of n.childrenForFieldName('declarator'))
        if (d?.type === 'array_declarator' && d.childForFieldName('declarator')?.text === name) declaredAt = n.endIndex;
    } else if (declaredAt >= 0 && n.startIndex > declaredAt && n.type === 'identifier' && n.text === name) return false;
  }
  return declaredAt >= 0;
}

export const cAppendUninitialized = callRule({
  id: 'c-append-uninitialized',
  cwe: 'CWE-665',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'This local array was never initialised, so it holds no terminator: appending to it or measuring it reads and writes past whatever the stack held.',
  fix: 'Initialise the buffer where it is declared (char buf[N] = "";) or set buf[0] = \'\\0\' before appending.',
  callee: {
    c: /^(strcat|strncat|wcscat|wcsncat|strlen|wcslen)$/,
    cpp: /^(std::)?(strcat|strncat|wcscat|wcsncat|strlen|wcslen)$/,
  },
  when: (call) => call.args[0]?.type === 'identifier' && untouchedArray(call.args[0].text, call.node),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe665ImproperInitialization: readonly Rule[] = [cAppendUninitialized];
