// CWE-918 server-side request forgery (Native rules: C, C++ and Rust): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { callRule } from '../../callRule';
import { constantLike, isConstant } from '../../stringShape';
import { scopeOf } from '../../walk';
import { isRustInput } from '../../ruleParts/rustParameters';
import { formatParts, type Part } from '../../httpMessageParts';
import { chainOperands } from '../../ruleParts/nativeSplicedValues';
import { atomsOf, fromCallerOrInput } from '../../cBoundsFacts';
import { isTainted } from '../../ruleHelpers';
import { checkedBeforeUse } from '../../validationGuard';

export const curlRuntimeUrl = callRule({
  id: 'c-curl-runtime-url',
  cwe: 'CWE-918',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message:
    'libcurl fetches a run-time URL with every protocol allowed, so file://, gopher:// and internal hosts are reachable.',
  fix: 'Check the URL against an allow-listed prefix and restrict CURLOPT_PROTOCOLS_STR to "https".',
  callee: { c: /^curl_easy_setopt$/, cpp: /^curl_easy_setopt$/ },
  when: (call) =>
    call.args[1]?.text === 'CURLOPT_URL' &&
    call.args[2] !== undefined &&
    !isConstant(call.args[2]) &&
    !/CURLOPT_(REDIR_)?PROTOCOLS|strncmp|strcmp/.test(scopeOf(call.node).text),
});

/**
 * `format!("https://api.example.com/v2/items/{}", id)`, directly or through the `let` it was bound by: scheme and
 * host are our literal up to a `/`, so input picks a path on our host, not where the request goes.
 */
function rustFixedHost(url: SyntaxNode): boolean {
  const fixed = /^&?\s*format!\s*\(\s*"[a-z][a-z0-9+.-]*:\/\/[^/{}"\s]+\//i;
  if (fixed.test(url.text)) return true;
  const name = /^&?\s*(\w+)$/.exec(url.text)?.[1];
  const bound = name ? new RegExp(`let\\s+${name}\\s*(:[^=]+)?=\\s*([^;]+);`).exec(scopeOf(url).text) : null;
  return !!bound?.[2] && fixed.test(bound[2]);
}

export const rustSsrf = callRule({
  id: 'rust-request-to-input-url',
  cwe: 'CWE-918',
  severity: 'error',
  languages: ['rust'],
  message:
    'An HTTP request is sent to a URL supplied by the caller, so the server can be steered to internal addresses.',
  fix: 'Parse the URL, allow only https and an allowlist of hosts (check host_str()), and reject private addresses.',
  callee: { rust: /^(reqwest::(blocking::)?get|ureq::get|ureq::post)$|client\.(get|post)$/ },
  when: (call, ctx) => {
    const url = call.args[0];
    return (
      !!url &&
      url.type !== 'string_literal' &&
      isRustInput(url, ctx) &&
      !rustFixedHost(url) &&
      !/host_str\s*\(|\.host\s*\(\s*\)|allow/i.test(scopeOf(call.node).text)
    );
  },
});

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

/** Every rule in this file, in the order the registry runs them. */
export const cwe918Native: readonly Rule[] = [curlRuntimeUrl, rustSsrf, cUrlHostFromInput, cppUrlHostConcat];
