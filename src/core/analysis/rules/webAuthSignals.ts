// CWE-287/863/306/352: identity or role read from a client-controlled cookie or header, tokens decoded without
// verification, un-awaited password checks, loose hash comparison, open admin routes, SameSite=None sessions.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';

const WEB = ['python', 'javascript', 'typescript', 'java', 'go', 'php'] as const;
const STRINGS = {
  python: '(string) @hit',
  javascript: '(string) @hit',
  typescript: '(string) @hit',
  java: '(string_literal) @hit',
  go: '(interpreted_string_literal) @hit',
  php: '[(string) (encapsed_string)] @hit',
};
const CLIENT_STORE =
  /cookies?\s*(\.get\b|\[)|\$_COOKIE|getCookies\(\)|\.Cookie\(|getHeader\s*\(|Header\.Get\(|headers\s*(\.get\b|\[)|req\.get\(|req\.header\(/i;
const IDENTITY_KEY = /^(x-)?(user(_?id|name)?|uid|account(_?id)?|login|email)$/i;
const ROLE_KEY = /^(x-)?(role|roles|admin|is_?admin|permissions?|privileges?|group|level)$/i;

/** The literal names a cookie or header that the client controls (checked in the few enclosing nodes). */
function clientKey(hit: SyntaxNode, key: RegExp): boolean {
  const content = hit.text.replace(/^['"`]|['"`]$/g, '');
  if (!key.test(content)) return false;
  let context = hit.parent;
  for (let i = 0; context && i < 3; i += 1, context = context.parent) {
    if (
      CLIENT_STORE.test(context.text.slice(0, 400)) &&
      !/set_?cookie|setCookie|addCookie|\.cookie\(/i.test(context.text.slice(0, 200))
    )
      return true;
  }
  // Java: for (Cookie c : req.getCookies()) if ("user".equals(c.getName())) ...
  if (!/\.equals\s*\(\s*\w+\.getName\(\)\s*\)/.test(hit.parent?.parent?.text ?? '')) return false;
  for (let cur = hit.parent, i = 0; cur && i < 6; cur = cur.parent, i += 1) {
    if (cur.type === 'enhanced_for_statement' && /getCookies\(\)/.test(cur.childForFieldName('value')?.text ?? ''))
      return true;
  }
  return false;
}

export const identityFromClient: QueryRule = {
  id: 'identity-from-client',
  cwe: 'CWE-287',
  severity: 'error',
  languages: [...WEB],
  kind: 'query',
  query: STRINGS,
  message: 'The user identity is read from a cookie or header the client can set to anything.',
  fix: 'Keep the user id in a signed server-side session (or a verified token) and read it from there.',
  predicate: ({ hit }) => hit !== undefined && clientKey(hit, IDENTITY_KEY),
};

export const roleFromClient: QueryRule = {
  id: 'role-from-client',
  cwe: 'CWE-863',
  severity: 'error',
  languages: [...WEB],
  kind: 'query',
  query: STRINGS,
  message: 'An authorisation decision uses a role or admin flag taken from a cookie or header the client controls.',
  fix: 'Look the role up server-side from the authenticated user (session or database), never from the request.',
  predicate: ({ hit }) => hit !== undefined && clientKey(hit, ROLE_KEY),
};

export const jwtDecodeOnly = callRule({
  id: 'jwt-decode-unverified',
  cwe: 'CWE-347',
  severity: 'error',
  languages: ['javascript', 'typescript', 'java', 'go'],
  message: 'The token is decoded without verifying its signature, so anyone can forge its claims.',
  fix: 'Verify the token (jwt.verify / JWT.require(alg).build().verify / jwt.Parse with a key function) before trusting claims.',
  callee: {
    javascript: /^(jwt|jsonwebtoken)\.decode$/,
    typescript: /^(jwt|jsonwebtoken)\.decode$/,
    java: /^JWT\.decode$/,
    go: /\.ParseUnverified$/,
  },
});

export const unawaitedPasswordCheck = callRule({
  id: 'js-unawaited-password-check',
  cwe: 'CWE-287',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  message: 'The password check returns a Promise that is tested without await, so it is always truthy.',
  fix: 'await the comparison (await bcrypt.compare(...)) before testing its result.',
  callee: {
    javascript: /^(bcrypt|bcryptjs|argon2)\.(compare|verify)$/,
    typescript: /^(bcrypt|bcryptjs|argon2)\.(compare|verify)$/,
  },
  when: (call) =>
    call.args.length < 3 &&
    call.node.parent?.type !== 'await_expression' &&
    !/^\.then/.test(call.node.parent?.text.slice(call.node.text.length) ?? '') &&
    call.node.parent?.type !== 'return_statement' &&
    !/^(variable_declarator|assignment_expression)$/.test(call.node.parent?.type ?? ''),
});

export const phpLooseHashCompare: QueryRule = {
  id: 'php-loose-hash-compare',
  cwe: 'CWE-287',
  severity: 'error',
  languages: ['php'],
  kind: 'query',
  query: { php: '(binary_expression operator: "==") @hit' },
  message:
    'A password hash is compared with == (type juggling makes "0e..." hashes equal) and is a fast unsalted hash.',
  fix: 'Store password_hash() values and check them with password_verify().',
  predicate: ({ hit }) => hit !== undefined && /\b(md5|sha1|crc32)\s*\(/.test(hit.text),
};

export const permitAllSensitive = callRule({
  id: 'java-permitall-admin-endpoints',
  cwe: 'CWE-306',
  severity: 'error',
  languages: ['java'],
  message: 'Administrative or actuator endpoints are opened to everyone with permitAll().',
  fix: 'Require an operator role for /actuator/** and /admin/**; expose only health checks publicly.',
  callee: { java: /\.permitAll$/ },
  when: (call) => {
    const matcher = /(requestMatchers|antMatchers|mvcMatchers|regexMatchers)\(([^()]*)\)\s*\.\s*permitAll$/.exec(
      call.name,
    );
    return !!matcher && /["'][^"']*\/(actuator|admin|manage(ment)?|internal)(\/\*\*|["'])/.test(matcher[2] ?? '');
  },
});

export const goAdminRouteUnwrapped = callRule({
  id: 'go-admin-route-unwrapped',
  cwe: 'CWE-306',
  severity: 'error',
  languages: ['go'],
  message: 'An admin route is registered with a bare handler while other admin routes go through an auth wrapper.',
  fix: 'Wrap every administrative handler in the same authentication middleware.',
  callee: { go: /^(http|mux|r|router)\.(HandleFunc|Handle)$/ },
  when: (call, ctx) => {
    const [path, handler] = call.args;
    if (!path || !handler || !/^"\/(admin|internal|manage)/.test(path.text) || handler.type !== 'identifier')
      return false;
    return ctx
      .calls()
      .some(
        (c) =>
          c.node.startIndex !== call.node.startIndex &&
          /Handle(Func)?$/.test(c.name) &&
          /^"\/(admin|internal|manage)/.test(c.args[0]?.text ?? '') &&
          /(auth|admin|require|protect|login)\w*\(/i.test(c.args[1]?.text ?? ''),
      );
  },
});

export const sameSiteNone: QueryRule = {
  id: 'session-samesite-none',
  cwe: 'CWE-352',
  severity: 'warning',
  languages: ['javascript', 'typescript', 'python', 'go'],
  kind: 'query',
  query: {
    javascript: '(pair key: (_) @k value: (string) @v) @hit',
    typescript: '(pair key: (_) @k value: (string) @v) @hit',
    python:
      '[(keyword_argument name: (identifier) @k value: (string) @v) (assignment left: (_) @k right: (string) @v)] @hit',
    go: '(selector_expression field: (field_identifier) @v) @hit',
  },
  message:
    'The session cookie is sent on cross-site requests (SameSite=None), so other sites can submit forms as the user.',
  fix: "Use SameSite 'strict' or 'lax' for session cookies and check a CSRF token or the Origin on state-changing routes.",
  predicate: ({ k, v }) =>
    v !== undefined &&
    (k === undefined ? v.text === 'SameSiteNoneMode' : /same_?site/i.test(k.text) && /^['"]none['"]$/i.test(v.text)),
};
