// CWE-193 off-by-one errors: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { C, escapeRe, squash } from '../ruleParts/cIndexAccess';
import { scopeOf } from '../walk';

export const cReadFillsBuffer = callRule({
  id: 'c-read-full-buffer-terminated',
  cwe: 'CWE-193',
  severity: 'error',
  languages: [...C],
  message: 'The read may fill the whole buffer, so terminating it at the returned length writes one byte past the end.',
  fix: 'Read at most sizeof buf - 1 bytes when you need room for a terminating NUL.',
  callee: { c: /^(read|recv|fread)$/, cpp: /^(::|std::)?(read|recv|fread)$/ },
  when: (call) => {
    const fread = /fread$/.test(call.name);
    const buf = fread ? call.args[0] : call.args[1];
    const size = call.args[2];
    if (!buf || !size || !new RegExp(`^sizeof\\(?${escapeRe(squash(buf.text))}\\)?$`).test(squash(size.text)))
      return false;
    let holder = call.node.parent;
    while (holder && /cast_expression|parenthesized_expression/.test(holder.type)) holder = holder.parent;
    const target = (holder?.childForFieldName('declarator') ?? holder?.childForFieldName('left'))?.text;
    if (!target || !/^\w+$/.test(target)) return false;
    const scope = scopeOf(call.node);
    const after = scope.text.slice(call.node.endIndex - scope.startIndex);
    return new RegExp(`\\b${escapeRe(buf.text)}\\s*\\[\\s*${target}\\s*\\]\\s*=[^=]`).test(after);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe193OffByOne: readonly Rule[] = [cReadFillsBuffer];
