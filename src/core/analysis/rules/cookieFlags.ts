// CWE-1004/614: cookies that script can read (HttpOnly off) or that travel over plain HTTP (Secure off).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import { scopeOf } from '../walk';

const LANGS = ['python', 'javascript', 'typescript', 'java', 'go', 'php'] as const;
/** Nodes that carry one setting: keyword arguments, object/array entries, assignments, setter calls, struct fields. */
const SETTINGS = {
  python: '[(keyword_argument) (assignment) (pair)] @hit',
  javascript: '[(pair) (assignment_expression)] @hit',
  typescript: '[(pair) (assignment_expression)] @hit',
  php: '(array_element_initializer) @hit',
  java: '[(method_invocation) (object_creation_expression)] @hit',
  go: '(composite_literal) @hit',
};
/** Cookie names that hold a session or credential. */
const SECRET_COOKIE = /sess|sid|token|auth|remember|login|jwt|refresh|access/i;

/** `flag = false` in any spelling: httponly=False, httpOnly: false, 'secure' => false, SESSION_COOKIE_SECURE = False. */
function flagOff(node: SyntaxNode, flag: RegExp): boolean {
  const m = /^\s*\[?['"]?([\w.]+?)['"]?\]?\s*(=|:|=>)\s*(false|False|FALSE)\s*$/.exec(node.text);
  return m !== null && flag.test(m[1]?.split('.').at(-1) ?? '');
}

/** Java `new Cookie("session", v)` or Go `http.Cookie{Name: "session"}` built without setting the flag on. */
function missingFlag(node: SyntaxNode, field: string): boolean {
  if (node.type === 'composite_literal') {
    return (
      /(^|\.)Cookie$/.test(node.childForFieldName('type')?.text ?? '') &&
      SECRET_COOKIE.test(/Name:\s*"([^"]*)"/.exec(node.text)?.[1] ?? '') &&
      !new RegExp(`\\b${field}:\\s*true`).test(node.text)
    );
  }
  if (node.type !== 'object_creation_expression' || !/^Cookie$/.test(node.childForFieldName('type')?.text ?? ''))
    return false;
  const name = /^\(\s*"([^"]*)"/.exec(node.childForFieldName('arguments')?.text ?? '')?.[1] ?? '';
  return SECRET_COOKIE.test(name) && !new RegExp(`set${field}\\s*\\(\\s*true\\s*\\)`).test(scopeOf(node).text);
}

function cookieRule(id: string, cwe: string, flag: RegExp, field: string, message: string, fix: string): QueryRule {
  return {
    id,
    cwe,
    severity: 'warning',
    languages: [...LANGS],
    kind: 'query',
    query: SETTINGS,
    message,
    fix,
    predicate: ({ hit }) => {
      if (!hit) return false;
      if (hit.type === 'method_invocation')
        return new RegExp(`^\\w+\\.set${field}\\s*\\(\\s*false\\s*\\)$`).test(hit.text);
      return flagOff(hit, flag) || missingFlag(hit, field);
    },
  };
}

export const cookieHttpOnlyOff = cookieRule(
  'cookie-httponly-off',
  'CWE-1004',
  /^(http_?only|\w*COOKIE_HTTPONLY)$/i,
  'HttpOnly',
  'A session or credential cookie is readable by page scripts (HttpOnly is off), so any XSS can steal it.',
  'Set HttpOnly on session and token cookies (httponly=True, httpOnly: true, setHttpOnly(true)).',
);

export const cookieSecureOff = cookieRule(
  'cookie-secure-off',
  'CWE-614',
  /^(secure|\w*COOKIE_SECURE)$/i,
  'Secure',
  'A session or credential cookie is sent over plain HTTP too (Secure is off), so anyone on the network can read it.',
  'Set Secure on session and token cookies (secure=True, secure: true, setSecure(true)) and serve the site over HTTPS.',
);

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
