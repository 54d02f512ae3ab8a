// CWE-1004 cookies without the HttpOnly flag: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule, RuleMeta } from '../Rule';
import { csPropertyRule } from '../ruleParts/csharpShape';
import { callRule } from '../callRule';
import { cookieRule, NODE_COOKIE_CALL, nodeCookieMissing } from '../ruleParts/cookieRule';

const meta: Pick<RuleMeta, 'severity' | 'languages'> = { severity: 'warning', languages: ['csharp'] };

export const csCookieNoHttpOnly: QueryRule = csPropertyRule(
  {
    ...meta,
    id: 'cs-cookie-no-httponly',
    cwe: 'CWE-1004',
    message: 'HttpOnly is switched off, so scripts in the page (including injected ones) can read the cookie.',
    fix: 'Set HttpOnly = true on session and token cookies.',
  },
  /^HttpOnly$/,
  (right) => right.text === 'false',
);

export const cookieHttpOnlyOff = cookieRule(
  {
    id: 'cookie-httponly-off',
    cwe: 'CWE-1004',
    message: 'A session or credential cookie is readable by page scripts (HttpOnly is off), so any XSS can steal it.',
    fix: 'Set HttpOnly on session and token cookies (httponly=True, httpOnly: true, setHttpOnly(true)).',
  },
  /^(http_?only|\w*COOKIE_HTTPONLY)$/i,
  'HttpOnly',
);

export const nodeCookieNoHttpOnly = callRule({
  id: 'node-cookie-no-httponly',
  cwe: 'CWE-1004',
  severity: 'warning',
  languages: ['javascript', 'typescript'],
  message: 'A session or credential cookie is set without httpOnly (Express leaves it off), so any XSS can read it.',
  fix: "Pass { httpOnly: true, secure: true, sameSite: 'lax' } as the cookie's options.",
  callee: { javascript: NODE_COOKIE_CALL, typescript: NODE_COOKIE_CALL },
  when: (call) => nodeCookieMissing(call, 'httpOnly', true),
});

export const scriptWrittenTokenCookie: QueryRule = {
  id: 'script-written-token-cookie',
  cwe: 'CWE-1004',
  severity: 'warning',
  languages: ['javascript', 'typescript'],
  kind: 'query',
  query: {
    javascript: '(assignment_expression left: (member_expression) @left) @hit',
    typescript: '(assignment_expression left: (member_expression) @left) @hit',
  },
  message: 'A token is stored in a cookie written by page script, which can never be HttpOnly.',
  fix: 'Let the server set the token cookie with HttpOnly (Set-Cookie), or keep the token in memory only.',
  predicate: ({ left, hit }) =>
    left?.text === 'document.cookie' &&
    /^[`'"]?\s*(\w*(token|sess|sid|auth|jwt)\w*)=/i.test(hit?.childForFieldName('right')?.text ?? ''),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe1004CookieWithoutHttpOnly: readonly Rule[] = [
  csCookieNoHttpOnly,
  cookieHttpOnlyOff,
  nodeCookieNoHttpOnly,
  scriptWrittenTokenCookie,
];
