// CWE-170 improper null termination: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { C, escapeRe, squash } from '../ruleParts/cIndexAccess';
import { scopeOf } from '../walk';

export const cUnterminatedCopy = callRule({
  id: 'c-strncpy-unterminated',
  cwe: 'CWE-170',
  severity: 'warning',
  languages: [...C],
  message:
    'strncpy with the full buffer size leaves no room for the terminating NUL, so later string reads run past the buffer.',
  fix: "Copy sizeof dst - 1 bytes and set dst[sizeof dst - 1] = '\\0' (or use snprintf).",
  callee: { c: /^strncpy$/, cpp: /^(std::)?strncpy$/ },
  when: (call) => {
    const [dst, , size] = call.args;
    if (!dst || !size) return false;
    const d = squash(dst.text);
    if (!new RegExp(`^sizeof\\(?${escapeRe(d)}\\)?$`).test(squash(size.text))) return false;
    const after = scopeOf(call.node).text.slice(call.node.endIndex - scopeOf(call.node).startIndex);
    return !new RegExp(`${escapeRe(dst.text)}\\s*\\[[^\\]]*\\]\\s*=\\s*('\\\\0'|0)`).test(after);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe170NullTermination: readonly Rule[] = [cUnterminatedCopy];
