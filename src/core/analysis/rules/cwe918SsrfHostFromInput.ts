// CWE-918 in C/C++: a URL built with part of its host from a caller or from input (`%s.example.com`).
import type { QueryRule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { formatParts, type Part } from '../httpMessageParts';
import { chainOperands } from '../ruleParts/nativeSplicedValues';
import { atomsOf, fromCallerOrInput } from '../cBoundsFacts';
import { isTainted } from '../ruleHelpers';
import { constantLike } from '../stringShape';
import { checkedBeforeUse } from '../validationGuard';

/** A spliced value in the authority of a URL, and whether other text (fixed or spliced) shares the host with it. */
interface HostValue {
  value: SyntaxNode;
  partial: boolean;
}

/** Values spliced into the authority of a URL: after `scheme://` and before the first `/` that follows it. */
function hostValues(parts: readonly Part[]): HostValue[] {
  let before = '';
  const found: HostValue[] = [];
  parts.forEach((p, i) => {
    if (typeof p === 'string') {
      before += p;
      return;
    }
    const host = /(^|[^a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)$/i.exec(before);
    if (host) {
      const next = parts[i + 1];
      const after = typeof next === 'string' ? next : next === undefined ? '' : 'x';
      found.push({ value: p, partial: (host[2] ?? '') !== '' || /^[^/?#\s]/.test(after) });
    }
    before += '\u0000';
  });
  return found;
}

/**
 * Host values from a caller or from input when the code fixes part of the host (`%s.example.com`): the value was
 * meant to pick a subdomain and can name any host instead (`evil.com/`, `evil.com#`). A whole host handed in is the
 * caller's or the user's stated choice, so it is left to the fetch rules (c-curl-runtime-url).
 */
function outsideHost(values: readonly HostValue[], at: SyntaxNode, ctx: RuleContext): boolean {
  const outside = values
    .filter(
      ({ value, partial }) =>
        !constantLike(value, ctx) && partial && (isTainted(value, ctx) || fromCallerOrInput(atomsOf(value), at, ctx)),
    )
    .map(({ value }) => value);
  return outside.length > 0 && !checkedBeforeUse(at, outside, ctx);
}

const hostMeta = {
  cwe: 'CWE-918',
  severity: 'warning' as const,
  languages: ['c', 'cpp'] as ('c' | 'cpp')[],
  message:
    'A URL is built with its host taken from a caller or from input, so the request can be steered to internal or foreign hosts.',
  fix: 'Validate the host part (a strict pattern for a subdomain label, or an allowlist of hosts) before building the URL.',
};

export const cUrlHostFromInput = callRule({
  ...hostMeta,
  id: 'c-url-host-from-input',
  callee: { c: /^(sprintf|snprintf|asprintf)$/, cpp: /^(std::)?(sprintf|snprintf|asprintf)$/ },
  when: (call, ctx) => {
    const at = /snprintf$/.test(call.name) ? 2 : 1;
    const format = call.args[at];
    if (!format || !/string_literal|concatenated_string/.test(format.type) || !format.text.includes('://'))
      return false;
    return outsideHost(hostValues(formatParts(format, call.args.slice(at + 1))), call.node, ctx);
  },
});

export const cppUrlHostConcat: QueryRule = {
  ...hostMeta,
  id: 'cpp-url-host-concat',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(binary_expression) @hit' },
  predicate: ({ hit }, ctx) => {
    if (!hit || hit.parent?.type === 'binary_expression' || !hit.text.includes('://')) return false;
    const parts = chainOperands(hit).map((o): Part => (/string_literal/.test(o.type) ? o.text.slice(1, -1) : o));
    return outsideHost(hostValues(parts), hit, ctx);
  },
};
