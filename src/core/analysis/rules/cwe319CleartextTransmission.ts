// CWE-319 cleartext transmission of sensitive data: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import type { CallInfo } from '../callInfo';
import { scopeOf } from '../walk';
import { LINK_LOCAL_URL, inProse } from '../ruleParts/urlLiteralContext';

const LANGS = ['python', 'javascript', 'typescript', 'java', 'go', 'php'] as const;

const STRINGS = {
  python: '(string) @hit',
  javascript: '[(string) (template_string)] @hit',
  typescript: '[(string) (template_string)] @hit',
  java: '(string_literal) @hit',
  go: '(interpreted_string_literal) @hit',
  php: '[(string) (encapsed_string)] @hit',
};

/** The program handles something worth protecting: credentials, sessions, payments, personal data. */
const SENSITIVE =
  /password|passwd|token|secret|api_?key|apiKey|Authorization|session|cookie|card|payment|ssn|login|credential/i;

const LOCAL = /^['"`](https?|wss?):\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|example\.(com|org))([:/'"`]|$)/;

/**
 * A host named inside a private network: a service-discovery name without a dot (`http://redis:6379`), a
 * cluster-internal domain (`.internal`, `.local`, `.svc`, `.cluster.local`, `.lan`) or a private IPv4 address.
 * Plain HTTP between services on such a network is a deployment choice (a mesh or VPN may encrypt it), so the
 * endpoint is shown as a note rather than counted.
 */
export const PRIVATE_HOST =
  /^['"`](https?|wss?|ftp):\/\/([\w-]+|[\w.-]+\.(internal|local|localdomain|svc|lan|intranet|corp)|10(\.\d{1,3}){3}|192\.168(\.\d{1,3}){2}|172\.(1[6-9]|2\d|3[01])(\.\d{1,3}){2})([:/'"`]|$)/;

/** HTTP-client and database session classes: a `ClientSession` or `sessionmaker` is no user session. */
const CLIENT_SESSION =
  /\b(aiohttp\.)?ClientSession\b|\brequests\.Session\b|\b(Async)?Session(Local)?\b|\bsessionmaker\b/g;

/** The program handles something worth protecting, once HTTP-client and database session classes are left out (once per analysis). */
function handlesSensitiveData(ctx: RuleContext): boolean {
  const key = 'cwe319:sensitive';
  let found = ctx.memo.get(key) as boolean | undefined;
  if (found === undefined) {
    found = SENSITIVE.test(ctx.code.replace(CLIENT_SESSION, ''));
    ctx.memo.set(key, found);
  }
  return found;
}

/**
 * XML namespace and schema identifiers: names compared as text, never fetched (`{"sm": "http://www.sitemaps.org/..."}`);
 * a JSON Schema's `$schema` names its dialect the same way, and so do OpenID's protocol and attribute-exchange type
 * URIs (`"openid.ns": "http://specs.openid.net/auth/2.0"`). A path segment `ns` or `namespace` marks a project's own
 * namespace (`"http://calendarserver.org/ns/"`, a WebDAV property's or a sync token's prefix).
 */
export const NAMESPACE =
  /^['"`]http:\/\/((json-schema\.org|www\.w3\.org|www\.sitemaps\.org\/schemas|schemas\.(xmlsoap\.org|openxmlformats\.org|microsoft\.com)|xmlns\.(com|jcp\.org)|purl\.org|ns\.adobe\.com|java\.sun\.com\/xml\/ns|maven\.apache\.org\/POM|www\.springframework\.org\/schema|specs\.openid\.net|openid\.net\/srv|axschema\.org)\/|[\w.-]+\/([\w.-]+\/)*_?(ns|namespaces?)\/)/;

export const plaintextEndpoint: QueryRule = {
  id: 'plaintext-endpoint',
  cwe: 'CWE-319',
  severity: 'warning',
  languages: [...LANGS],
  kind: 'query',
  query: STRINGS,
  message:
    'A remote endpoint is addressed over http://, ws:// or ftp:// in code that handles sensitive data, so it travels unencrypted.',
  fix: 'Use https://, wss:// or FTPS/SFTP endpoints.',
  predicate: ({ hit }, ctx) =>
    hit !== undefined &&
    /^['"`](http|ws|ftp):\/\/[\w$]/.test(hit.text) &&
    !LOCAL.test(hit.text) &&
    !NAMESPACE.test(hit.text) &&
    !inProse(hit) &&
    handlesSensitiveData(ctx),
  tierOf: ({ hit }) =>
    hit !== undefined && (PRIVATE_HOST.test(hit.text) || LINK_LOCAL_URL.test(hit.text)) ? 'note' : 'finding',
};

/** A literal loopback host: `"127.0.0.1:5556"`, `'localhost'`, `"[::1]:8080"`. */
const LOOPBACK_ADDRESS = /^['"`](localhost|127\.0\.0\.1|\[::1\]|::1)(:\d+)?['"`]$/;

/**
 * A server bound to the loopback interface answers only programs on the same host (a local OAuth callback, a
 * development console), so nothing crosses a network: Go's `ListenAndServe("127.0.0.1:5556", h)`, or in Node every
 * `.listen(port, 'localhost')` of the file.
 */
function loopbackOnly(call: CallInfo, ctx: RuleContext): boolean {
  if (ctx.language === 'go') return LOOPBACK_ADDRESS.test(call.args[0]?.text ?? '');
  const listens = ctx.callsMatching(/(^|\.)listen$/);
  return listens.length > 0 && listens.every((l) => LOOPBACK_ADDRESS.test(l.args[1]?.text ?? ''));
}

/**
 * The same function can also start a TLS server (`opts.ssl ? https.createServer(opts.ssl, h) : http.createServer(h)`,
 * Go's `if cfg.CertFile != "" { ListenAndServeTLS } else { ListenAndServe }`): plain HTTP is the caller's choice.
 */
const TLS_SERVER = /\b(https|tls|spdy)\.createServer\b|\bhttp2\.createSecureServer\b|\b(ListenAndServeTLS|ServeTLS)\b/;

export const plaintextServer = callRule({
  id: 'plaintext-server',
  cwe: 'CWE-319',
  severity: 'warning',
  languages: ['python', 'javascript', 'typescript', 'go', 'php', 'c', 'cpp'],
  message:
    'Sessions or credentials go over a connection without TLS (plain HTTP server, FTP, SMTP login before STARTTLS, curl without USE_SSL).',
  fix: 'Serve HTTPS (https.createServer, ListenAndServeTLS), use ftp_ssl_connect / FTP_TLS, call starttls() before login(), set CURLOPT_USE_SSL.',
  callee: {
    javascript: /^http\.createServer$/,
    typescript: /^http\.createServer$/,
    go: /^http\.ListenAndServe$/,
    php: /^ftp_connect$/,
    python: /^(smtplib\.SMTP|ftplib\.FTP|telnetlib\.Telnet)$/,
    c: /^curl_easy_perform$/,
    cpp: /^curl_easy_perform$/,
  },
  when: (call, ctx) => {
    if (/createServer|ListenAndServe$/.test(call.name))
      return SENSITIVE.test(ctx.code) && !loopbackOnly(call, ctx) && !TLS_SERVER.test(scopeOf(call.node).text);
    if (call.name === 'smtplib.SMTP') return /\.login\(/.test(ctx.code) && !/starttls\(/.test(ctx.code);
    if (call.name === 'ftplib.FTP') return /\.login\(/.test(ctx.code);
    if (call.name === 'telnetlib.Telnet') return /pass(word|wd)?|login|token|secret/i.test(ctx.code);
    // curl sending credentials (USERPWD, a password field) over a protocol it was not told to secure.
    if (/curl_easy_perform$/.test(call.name))
      return (
        /CURLOPT_(USERPWD|PASSWORD|USERNAME)|password/i.test(ctx.code) && !/CURLOPT_USE_SSL|https:\/\//.test(ctx.code)
      );
    return true;
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe319CleartextTransmission: readonly Rule[] = [plaintextEndpoint, plaintextServer];
