// CWE-295 improper certificate validation: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { csPropertyRule } from '../ruleParts/csharpShape';
import { namedChildren } from '../walk';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { codeMentions } from '../codeMentions';
import { underVerifyOptOut } from '../ruleParts/verifyOptIn';

const meta = {
  cwe: 'CWE-295',
  severity: 'error' as const,
  message: 'TLS certificate verification is disabled, so any server (or attacker in the middle) is trusted.',
  fix: 'Keep verification on; for a private CA, pass its certificate bundle instead of disabling checks.',
};

const AIOHTTP_IMPORT = /^\s*(import\s+aiohttp\b|from\s+aiohttp\b)/m;
/** aiohttp calls that take `ssl=`: the connector, the session's request methods, `ws_connect`. */
const AIOHTTP_SSL_CALL = /(^|\.)(TCPConnector|get|post|put|patch|delete|head|options|request|ws_connect)$/;

/**
 * aiohttp turns certificate checks off with `ssl=False` (or the older `verify_ssl=False`) on the connector or a
 * request. Elsewhere `ssl=False` (Redis, asyncpg) means no TLS at all, a different weakness, so the module must use
 * aiohttp.
 */
function aiohttpVerifyOff(call: CallInfo, ctx: RuleContext): boolean {
  const off = call.keywords.get('ssl')?.text === 'False' || call.keywords.get('verify_ssl')?.text === 'False';
  return off && AIOHTTP_SSL_CALL.test(call.name) && codeMentions(ctx, AIOHTTP_IMPORT);
}

export const pyNoCertVerify = callRule({
  ...meta,
  id: 'py-tls-verify-off',
  languages: ['python'],
  callee: { python: /^(ssl\._create_unverified_context|ssl\._create_stdlib_context|urllib3\.disable_warnings)$|./ },
  when: (call, ctx) =>
    /^ssl\._create_(unverified|stdlib)_context$/.test(call.name) ||
    // SSH: a policy that accepts (or only warns about) an unknown host key trusts whoever answers.
    (/\.set_missing_host_key_policy$/.test(call.name) && /(AutoAdd|Warning)Policy/.test(call.args[0]?.text ?? '')) ||
    // PyJWT's old `decode(..., verify=False)` skips a signature, not a certificate: py-jwt-no-verify (347) has it.
    (call.keywords.get('verify')?.text === 'False' && !/(^|\.)decode$/.test(call.name)) ||
    // urllib3 also takes the name as a string: `PoolManager(cert_reqs="CERT_NONE")`.
    /^(CERT_NONE|ssl\.CERT_NONE|['"]CERT_NONE['"]|['"]none['"])$/i.test(call.keywords.get('cert_reqs')?.text ?? '') ||
    aiohttpVerifyOff(call, ctx),
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
      // requests: `session.verify = False` turns verification off for every call of the session.
      (/^verify$/.test(p) && v === 'False') ||
      (/^verify_mode$/.test(p) && /CERT_NONE/.test(v)) ||
      (/rejectUnauthorized['"]?$/.test(p) && v === 'false') ||
      (/NODE_TLS_REJECT_UNAUTHORIZED/.test(p) && /^['"]0['"]$/.test(v)) ||
      (/^InsecureSkipVerify$/.test(p) && v === 'true')
    );
  },
  tierOf: ({ hit }) => (hit && underVerifyOptOut(hit) ? 'note' : 'finding'),
};

export const csAcceptAnyCertificate: QueryRule = csPropertyRule(
  {
    id: 'cs-accept-any-certificate',
    cwe: 'CWE-295',
    severity: 'error',
    languages: ['csharp'],
    message:
      'The certificate validation callback accepts every certificate, so anyone on the path can impersonate the server.',
    fix: 'Remove the callback (the default validation is correct) or pin the expected certificate and still honour sslPolicyErrors.',
  },
  /CertificateValidationCallback$|^ServerCertificateCustomValidationCallback$/,
  (right) =>
    /DangerousAcceptAnyServerCertificateValidator/.test(right.text) ||
    (right.type === 'lambda_expression' &&
      /^(true|\{\s*return\s+true;\s*\})$/.test((namedChildren(right).at(-1)?.text ?? '').trim())),
);

export const rustTlsDanger = callRule({
  id: 'rust-tls-danger-accept',
  cwe: 'CWE-295',
  severity: 'error',
  languages: ['rust'],
  message: 'Certificate or host-name verification is turned off, so any server can impersonate the peer.',
  fix: 'Keep verification on; add the private CA with add_root_certificate if the server uses one.',
  callee: { rust: /\.danger_accept_invalid_(certs|hostnames)$/ },
  when: (call) => call.args[0]?.text === 'true',
});

export const opensslVerifyNone = callRule({
  id: 'openssl-verify-none',
  cwe: 'CWE-295',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'The TLS context or connection accepts any certificate (SSL_VERIFY_NONE, or a verify callback that always returns 1).',
  fix: 'Use SSL_VERIFY_PEER with a trust store (SSL_CTX_set_default_verify_paths) and set the expected host name (SSL_set1_host).',
  callee: { c: /^(SSL_CTX_set_verify|SSL_set_verify)$/, cpp: /^(SSL_CTX_set_verify|SSL_set_verify)$/ },
  when: (call, ctx) => {
    if (/SSL_VERIFY_NONE/.test(call.args[1]?.text ?? '')) return true;
    // A callback defined in this file whose whole body is `return 1;` accepts every chain.
    const callback = call.args[2]?.text;
    return (
      callback !== undefined &&
      /^\w+$/.test(callback) &&
      new RegExp(`\\b${callback}\\s*\\([^)]*\\)\\s*\\{\\s*(\\(void\\)\\s*\\w+\\s*;\\s*)*return\\s+1\\s*;\\s*\\}`).test(
        ctx.code,
      )
    );
  },
});

/** A trust manager whose server check is empty, or a hostname verifier that always says yes. */
export const javaTrustEverything: QueryRule = {
  ...meta,
  id: 'java-trust-everything',
  languages: ['java'],
  message:
    'Certificates (or host names) are accepted without any check, so anyone on the network can impersonate the server.',
  fix: 'Use the default TrustManager and HostnameVerifier; to trust a private CA, load it into a KeyStore for a TrustManagerFactory.',
  kind: 'query',
  query: {
    java: '(method_declaration name: (identifier) @name body: (block) @body) @hit\n(lambda_expression body: (true) @body) @hit',
  },
  predicate: ({ name, body, hit }) => {
    if (!body || !hit) return false;
    if (!name)
      return /HostnameVerifier/.test(hit.parent?.parent?.text.slice(0, hit.parent.parent.text.indexOf('(')) ?? '');
    if (name.text === 'verify') return /SSLSession/.test(hit.text) && /^\{\s*return\s+true\s*;\s*\}$/.test(body.text);
    return name.text === 'checkServerTrusted' && body.namedChildren.every((c) => c?.type.includes('comment'));
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe295CertificateValidation: readonly Rule[] = [
  pyNoCertVerify,
  tlsFlagsOff,
  csAcceptAnyCertificate,
  rustTlsDanger,
  javaTrustEverything,
  opensslVerifyNone,
];
