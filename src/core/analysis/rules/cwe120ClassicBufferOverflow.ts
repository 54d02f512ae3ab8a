// CWE-120 copies without checking the destination size: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { C_LANGUAGES as C, escapeRegExp } from '../ruleParts/textPatterns';
import { scopeOf } from '../walk';
import { unboundedCopyRule } from '../ruleParts/cUnboundedCopy';

const copy = {
  cwe: 'CWE-120',
  severity: 'error' as const,
  fix: 'Use a bounded call (snprintf, strncpy/strlcpy with sizeof the destination) or check the length first.',
};

export const cGets = callRule({
  ...copy,
  id: 'c-gets',
  languages: [...C],
  message: 'gets() cannot limit how much it writes, so any long line overflows the buffer.',
  callee: { c: /^gets$/, cpp: /^(std::)?gets$/ },
});

export const cUnboundedCopy = unboundedCopyRule({
  id: 'c-unbounded-copy',
  cwe: 'CWE-120',
  storage: 'any',
  message: 'A string of unchecked length is copied into a fixed buffer without a bound.',
});

export const cScanfString = callRule({
  ...copy,
  id: 'c-scanf-unbounded',
  languages: [...C],
  message: 'scanf reads a string with %s (no width), which overflows the buffer on long input.',
  callee: { c: /^(scanf|fscanf|sscanf|__isoc99_scanf)$/, cpp: /^(std::)?(scanf|fscanf|sscanf)$/ },
  when: (call) => call.args.some((a) => /^"[^"]*%(s|\[)/.test(a.text)),
});

export const cppStreamIntoArray: QueryRule = {
  id: 'cpp-stream-into-char-array',
  cwe: 'CWE-120',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(binary_expression left: (_) @stream operator: ">>" right: (identifier) @dst) @hit' },
  message: 'operator>> reads a whole word into a char array with no length limit.',
  fix: 'Read into std::string, or limit the extraction with std::setw(sizeof buf).',
  predicate: ({ stream, dst, hit }) =>
    !!stream &&
    !!dst &&
    !!hit &&
    !/setw\s*\(/.test(stream.text) &&
    new RegExp(`\\bchar\\s+${escapeRegExp(dst.text)}\\s*\\[`).test(scopeOf(hit).text),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe120ClassicBufferOverflow: readonly Rule[] = [cGets, cUnboundedCopy, cScanfString, cppStreamIntoArray];
