// CWE-522 insufficiently protected credentials: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { LINK_LOCAL_URL, inProse } from '../ruleParts/urlLiteralContext';
import { NAMESPACE, PRIVATE_HOST } from './cwe319CleartextTransmission';

const WEB = ['python', 'javascript', 'typescript', 'java', 'go', 'php'] as const;

const STRINGS = {
  python: '(string) @hit',
  javascript: '[(string) (template_string)] @hit',
  typescript: '[(string) (template_string)] @hit',
  java: '(string_literal) @hit',
  go: '(interpreted_string_literal) @hit',
  php: '[(string) (encapsed_string)] @hit',
};

const CREDENTIAL_USE = /password|passwd|api_?key|apiKey|Authorization|Bearer|token|secret|credentials/i;

const LOCAL = /^['"`]http:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])/;

/** A link whose path names a one-time action and whose only secret is `token=`: reset, verify, confirm, invite. */
const ONE_TIME_LINK =
  /\/(reset|password[-_]reset|verify|verification|confirm|activate|activation|invite|invitation|unsubscribe|magic[-_]?link|accept)[\w/-]*\?(?![^'"`]*\b(password|passwd|pwd|api_?key|apiKey|secret)=)[^'"`]*\btoken=/i;

const SECRET_IN_QUERY = /[?&](password|passwd|pwd|api_?key|apiKey|token|secret)=/i;

export const credentialsOverHttp: QueryRule = {
  id: 'credentials-over-http',
  cwe: 'CWE-522',
  severity: 'warning',
  languages: [...WEB],
  kind: 'query',
  query: STRINGS,
  message:
    'Credentials are sent to a plain http:// endpoint (or inside the URL), where proxies, logs and the network can read them.',
  fix: 'Use https:// and send credentials in a POST body or an Authorization header, never in the query string.',
  predicate: ({ hit }, ctx) => {
    if (!hit) return false;
    const text = hit.text;
    // Secrets in a query string: ?password=..., &apiKey=...
    if (SECRET_IN_QUERY.test(text)) return true;
    if (LINK_LOCAL_URL.test(text) || NAMESPACE.test(text) || inProse(hit)) return false;
    return /^['"`]http:\/\/[\w.-]+/.test(text) && !LOCAL.test(text) && CREDENTIAL_USE.test(ctx.code);
  },
  // A single-use token in an e-mailed link (`/reset?token=`, `/verify?token=`) can only travel in the URL: the link
  // is the delivery. Shown as a note; a password or API key in a query string stays a finding.
  // A service inside a private network (`http://orders.internal:8080`) is the plaintext-endpoint note's case: the
  // mesh or VPN may encrypt it. A secret written into the URL itself stays a finding.
  tierOf: ({ hit }) =>
    hit !== undefined &&
    (ONE_TIME_LINK.test(hit.text) || (PRIVATE_HOST.test(hit.text) && !SECRET_IN_QUERY.test(hit.text)))
      ? 'note'
      : 'finding',
};

export const reversibleCredentialCookie = callRule({
  id: 'reversible-credential-token',
  cwe: 'CWE-522',
  severity: 'error',
  languages: ['java', 'php', 'python', 'javascript', 'typescript'],
  message:
    'The user name and password are only base64-encoded into a token or cookie; anyone holding it can decode the password.',
  fix: 'Issue a random token (store only its hash server-side) instead of encoding the credentials.',
  callee: {
    java: /(^|\.)encodeToString$/,
    php: /^base64_encode$/,
    python: /(^|\.)b64encode$/,
    javascript: /^(btoa|Buffer\.from)$/,
    typescript: /^(btoa|Buffer\.from)$/,
  },
  when: (call) => /pass(word|wd)?\b/i.test(call.args[0]?.text ?? '') && /['"]:['"]/.test(call.args[0]?.text ?? ''),
});

export const credentialFileDefaultMode = callRule({
  id: 'credential-file-default-mode',
  cwe: 'CWE-522',
  severity: 'warning',
  languages: ['python'],
  message: 'Credentials are written to a file created with default permissions, so other local users can read them.',
  fix: 'Create the file with mode 0o600 (os.open with a mode, then os.fdopen) inside a 0o700 directory.',
  callee: { python: /^open$/ },
  when: (call, ctx) =>
    /^[\w.]*(CREDENTIAL|TOKEN|SECRET|PASSWORD)[\w.]*$|^['"][^'"]*(credential|token|secret|password)[^'"]*['"]$/i.test(
      call.args[0]?.text ?? '',
    ) &&
    /^['"][wa]/.test(call.args[1]?.text ?? '') &&
    !/0o?600|chmod|S_IRUSR/.test(ctx.code),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe522CredentialProtection: readonly Rule[] = [
  credentialsOverHttp,
  reversibleCredentialCookie,
  credentialFileDefaultMode,
];
