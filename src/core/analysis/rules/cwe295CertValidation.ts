// CWE-295: TLS certificate or host-name verification switched off.
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';

const meta = {
  cwe: 'CWE-295',
  severity: 'error' as const,
  message: 'TLS certificate verification is disabled, so any server (or attacker in the middle) is trusted.',
  fix: 'Keep verification on; for a private CA, pass its certificate bundle instead of disabling checks.',
};

export const pyNoCertVerify = callRule({
  ...meta,
  id: 'py-tls-verify-off',
  languages: ['python'],
  callee: { python: /^(ssl\._create_unverified_context|ssl\._create_stdlib_context|urllib3\.disable_warnings)$|./ },
  when: (call) =>
    /^ssl\._create_(unverified|stdlib)_context$/.test(call.name) ||
    call.keywords.get('verify')?.text === 'False' ||
    /^(CERT_NONE|ssl\.CERT_NONE)$/.test(call.keywords.get('cert_reqs')?.text ?? ''),
});

export const tlsFlagsOff: QueryRule = {
  ...meta,
  id: 'tls-verify-flag-off',
  languages: ['python', 'javascript', 'typescript', 'go', 'c', 'cpp', 'php', 'java'],
  kind: 'query',
  query: {
    python: '(assignment left: (attribute attribute: (identifier) @prop) right: (_) @value) @hit',
    javascript:
      '[(pair key: (_) @prop value: (_) @value) (assignment_expression left: (_) @prop right: (_) @value)] @hit',
    typescript:
      '[(pair key: (_) @prop value: (_) @value) (assignment_expression left: (_) @prop right: (_) @value)] @hit',
    go: '(keyed_element (_) @prop (_) @value) @hit',
    c: '(call_expression arguments: (argument_list (_) @prop (identifier) @opt (_) @value)) @hit',
    cpp: '(call_expression arguments: (argument_list (_) @prop (identifier) @opt (_) @value)) @hit',
    php: '(function_call_expression arguments: (arguments (argument) @prop (argument) @opt (argument) @value)) @hit',
    java: '(object_creation_expression type: (_) @prop) @hit',
  },
  predicate: ({ prop, value, opt }) => {
    const p = prop?.text ?? '';
    const v = value?.text ?? '';
    if (opt) return /CURLOPT_SSL_VERIFY(PEER|HOST)/.test(opt.text) && /^(0L?|false|FALSE)$/.test(v);
    if (!value)
      return /^(NoopHostnameVerifier|TrustAllStrategy|TrustSelfSignedStrategy|AllowAllHostnameVerifier)$/.test(p);
    return (
      (/^(check_hostname)$/.test(p) && v === 'False') ||
      (/^verify_mode$/.test(p) && /CERT_NONE/.test(v)) ||
      (/rejectUnauthorized['"]?$/.test(p) && v === 'false') ||
      (/NODE_TLS_REJECT_UNAUTHORIZED/.test(p) && /^['"]0['"]$/.test(v)) ||
      (/^InsecureSkipVerify$/.test(p) && v === 'true')
    );
  },
};
