// CWE-614 cookies without the Secure flag: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'py-insecure-cookie',
    'python',
    'def remember(response, token):\n    response.set_cookie("auth", token, httponly=True, secure=False)\n',
    'from django.conf import settings\ndef remember(response, token):\n    response.set_cookie("auth", token, httponly=True, secure=settings.SESSION_COOKIE_SECURE)\n',
    { name: 'a secure flag taken from the settings is configured; a literal False is off' },
  ],
  [
    'py-insecure-cookie',
    'python',
    'def remember(response, token):\n    response.set_cookie("auth", token, max_age=3600)\n',
    'def forget(response, **options):\n    response.set_cookie("auth", "", max_age=0)\n    response.set_cookie("theme", "dark", **options)\n',
    { name: 'a cookie deleted with max_age=0, or flags passed on as **options' },
  ],
  [
    'node-cookie-not-secure',
    'javascript',
    "app.post('/login', (req, res) => {\n  res.cookie('session', createSession(req.body.user), { httpOnly: true });\n  res.send('ok');\n});\n",
    "app.post('/login', (req, res) => {\n  res.cookie('session', createSession(req.body.user), { httpOnly: true, secure: true });\n  res.send('ok');\n});\n",
  ],
  [
    'node-cookie-not-secure',
    'typescript',
    "export function remember(res: Response, token: string): void {\n  res.cookie('auth_token', token);\n}\n",
    "export function remember(res: Response, theme: string): void {\n  res.cookie('theme', theme);\n}\n",
    { name: 'only session and credential cookies' },
  ],
  [
    'node-cookie-not-secure',
    'javascript',
    "router.post('/login', async (ctx) => {\n  ctx.cookies.set('sid', await newSession(ctx));\n});\n",
    "router.post('/logout', async (ctx) => {\n  ctx.cookies.set('sid', null);\n});\n",
    { name: 'a Koa cookie set to null is deleted' },
  ],
  [
    'cookie-secure-off',
    'python',
    'app.config["SESSION_COOKIE_SECURE"] = False\n',
    'app.config["SESSION_COOKIE_SECURE"] = True\n',
    { name: 'a Flask setting indexed by name' },
  ],
  ['cookie-secure-off', 'python', 'SESSION_COOKIE_SECURE = False\n', 'cookie.secure = True\n'],
  [
    'cookie-secure-off',
    'javascript',
    "res.cookie('sid', sid, { httpOnly: true, secure: false });\n",
    "res.cookie('sid', sid, { httpOnly: true, secure: true });\n",
  ],
  [
    'cookie-secure-off',
    'java',
    'class A { void f(HttpServletResponse r, String v) { Cookie c = new Cookie("session", v); c.setHttpOnly(true); r.addCookie(c); } }\n',
    'class A { void f(HttpServletResponse r, String v) { Cookie c = new Cookie("session", v); c.setHttpOnly(true); c.setSecure(true); r.addCookie(c); } }\n',
  ],
  [
    'cs-cookie-not-secure',
    'csharp',
    m('return new CookieOptions { Secure = false };'),
    m('return new CookieOptions { Secure = true };'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-614 cookies without the Secure flag', CASES);
