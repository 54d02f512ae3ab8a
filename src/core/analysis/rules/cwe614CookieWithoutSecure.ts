// CWE-614 cookies without the Secure flag: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule, RuleMeta } from '../Rule';
import { callRule } from '../callRule';
import { csPropertyRule } from '../ruleParts/csharpShape';
import { cookieRule, NODE_COOKIE_CALL, nodeCookieMissing } from '../ruleParts/cookieRule';

const meta: Pick<RuleMeta, 'severity' | 'languages'> = { severity: 'warning', languages: ['csharp'] };

export const pyInsecureCookie = callRule({
  id: 'py-insecure-cookie',
  cwe: 'CWE-614',
  severity: 'warning',
  languages: ['python'],
  message: 'A cookie is set without the Secure flag, so it is also sent over plain HTTP.',
  fix: 'Pass secure=True (and httponly=True, samesite) when setting session or auth cookies.',
  callee: { python: /\.set_cookie$/ },
  when: (call) => {
    // `secure=settings.SESSION_COOKIE_SECURE`, `secure=request.is_secure()`: the flag follows the project's setting or
    // the connection; only a literal off is the call's own choice.
    const secure = call.keywords.get('secure');
    if (secure) return /^(False|None|0)$/.test(secure.text);
    // `set_cookie(key, value, **options)` passes flags the call does not show; `max_age=0` deletes the cookie.
    return (
      !call.args.some((a) => a.type === 'dictionary_splat') && !EXPIRED.test(call.keywords.get('max_age')?.text ?? '')
    );
  },
});
/** A cookie set to expire at once is being deleted: it carries nothing worth reading. */
const EXPIRED = /^(0|-1)$/;

export const csCookieNotSecure: QueryRule = csPropertyRule(
  {
    ...meta,
    id: 'cs-cookie-not-secure',
    cwe: 'CWE-614',
    message: 'The cookie is marked as allowed over plain HTTP, so it leaks on any unencrypted request.',
    fix: 'Set Secure = true (or CookieSecurePolicy.Always) on cookies that carry sessions or tokens.',
  },
  /^(Secure|SecurePolicy)$/,
  (right) => /^(false|CookieSecurePolicy\.(None|SameAsRequest))$/.test(right.text),
);

export const cookieSecureOff = cookieRule(
  {
    id: 'cookie-secure-off',
    cwe: 'CWE-614',
    message:
      'A session or credential cookie is sent over plain HTTP too (Secure is off), so anyone on the network can read it.',
    fix: 'Set Secure on session and token cookies (secure=True, secure: true, setSecure(true)) and serve the site over HTTPS.',
  },
  /^(secure|\w*COOKIE_SECURE)$/i,
  'Secure',
);

export const nodeCookieNotSecure = callRule({
  id: 'node-cookie-not-secure',
  cwe: 'CWE-614',
  severity: 'warning',
  languages: ['javascript', 'typescript'],
  message:
    'A session or credential cookie is set without secure (Express and Koa leave it off), so it also travels over plain HTTP.',
  fix: "Pass { secure: true, httpOnly: true, sameSite: 'lax' } as the cookie's options and serve the site over HTTPS.",
  callee: { javascript: NODE_COOKIE_CALL, typescript: NODE_COOKIE_CALL },
  when: (call) => nodeCookieMissing(call, 'secure', false),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe614CookieWithoutSecure: readonly Rule[] = [
  pyInsecureCookie,
  csCookieNotSecure,
  cookieSecureOff,
  nodeCookieNotSecure,
];
