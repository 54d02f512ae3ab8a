// CWE-384 session fixation: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { scopeOf } from '../walk';

const WEB = ['python', 'javascript', 'typescript', 'java', 'go', 'php'] as const;

/** The user (or role) is written into the session store. */
const SESSION_WRITE =
  /\bsession\s*\[\s*['"](user|uid|account|role|logged)\w*['"]\s*\]\s*=|\breq\.session\.(user|userId|uid|account)\w*\s*=|\bsession\.setAttribute\s*\(\s*"(user|uid|account|role)|\$_SESSION\s*\[\s*['"](user|uid|account|role|logged)\w*['"]\s*\]\s*=|\bsessions?\s*\[\s*\w+\s*\]\s*=|\bsession\.Values\s*\[\s*"(user|uid)/i;

/** Any of the ways frameworks issue a fresh id (or drop the old one). */
const ROTATES =
  /session\.clear\(\)|\.regenerate\(|session_regenerate_id|changeSessionId|\.invalidate\(\)|cycle_key|\blogin\(\s*request|rotate|\.pop\(|delete\(\s*sessions|\.destroy\(|session\.Options\.MaxAge\s*=\s*-1/;

const FUNCTIONS = {
  python: '(function_definition) @hit',
  go: '(function_declaration) @hit',
  php: '(program) @hit',
  javascript: '[(function_declaration) (arrow_function)] @hit',
  typescript: '[(function_declaration) (arrow_function)] @hit',
};

/** `sid = request.cookies.get(...)` / `id = c.Value` (Go cookie) / `session_id($_GET[...])`. */
const ID_FROM_REQUEST =
  /(\w+)\s*:?=\s*(request\.cookies\.get\(|req\.cookies\.|c\.Value\b|cookie\.Value\b|\$_COOKIE\[)/g;

export const loginWithoutNewSession = callRule({
  id: 'login-keeps-session-id',
  cwe: 'CWE-384',
  severity: 'warning',
  languages: [...WEB],
  message:
    'After a successful login the user is stored in the existing session without issuing a new session id, so an id planted before login stays valid.',
  fix: 'Issue a new session id at login: session.clear()/regenerate, req.session.regenerate, session_regenerate_id(true), request.changeSessionId().',
  callee: {
    python: /(^|\.)(check_password_hash|check_password|checkpw|verify_password|verify|authenticate)$/,
    javascript: /(^|\.)(compare|verify|verifyLogin|verifyPassword|authenticate|checkPassword|exchangeCode\w*|signIn)$/,
    typescript: /(^|\.)(compare|verify|verifyLogin|verifyPassword|authenticate|checkPassword|exchangeCode\w*|signIn)$/,
    java: /(^|\.)(authenticate|checkpw|matches|verify|login)$/,
    go: /(^|\.)(verify|Verify|CompareHashAndPassword|checkPassword|authenticate)$/,
    php: /^(password_verify|\w+->(verify|authenticate|login))$/,
  },
  when: (call) => {
    const scope = scopeOf(call.node).text;
    const after = scope.slice(call.node.endIndex - scopeOf(call.node).startIndex);
    return SESSION_WRITE.test(after) && !ROTATES.test(scope);
  },
});

export const sessionIdFromRequest: QueryRule = {
  id: 'session-id-from-request',
  cwe: 'CWE-384',
  severity: 'error',
  languages: ['python', 'javascript', 'typescript', 'go', 'php'],
  kind: 'query',
  query: FUNCTIONS,
  message:
    'The session id is taken from the request and then bound to the user, so an attacker can choose the id before the victim logs in.',
  fix: 'Always create a fresh random id when a user authenticates; drop any id the client sent.',
  predicate: ({ hit }) => {
    if (!hit) return false;
    const text = hit.text;
    if (/\bsession_id\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)/.test(text)) return true;
    for (const m of text.matchAll(ID_FROM_REQUEST)) {
      const name = m[1] ?? '';
      if (new RegExp(`\\bsessions?\\s*\\[\\s*${name}\\s*\\]\\s*=[^=]`, 'i').test(text) && !ROTATES.test(text))
        return true;
    }
    return false;
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe384SessionFixation: readonly Rule[] = [loginWithoutNewSession, sessionIdFromRequest];
