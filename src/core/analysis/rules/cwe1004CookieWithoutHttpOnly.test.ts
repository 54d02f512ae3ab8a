// CWE-1004 cookies without the HttpOnly flag: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'node-cookie-no-httponly',
    'javascript',
    "app.post('/login', (req, res) => {\n  res.cookie('session', createSession(req.body.user), { secure: true });\n  res.send('ok');\n});\n",
    "app.post('/login', (req, res) => {\n  res.cookie('session', createSession(req.body.user), { httpOnly: true, secure: true });\n  res.send('ok');\n});\n",
  ],
  [
    'node-cookie-no-httponly',
    'typescript',
    "export function remember(res: Response, token: string): void {\n  res.cookie('auth_token', token);\n}\n",
    "export function remember(res: Response, theme: string): void {\n  res.cookie('theme', theme);\n}\n",
    { name: 'only session and credential cookies' },
  ],
  [
    'cookie-httponly-off',
    'python',
    'def f(resp, v):\n    resp.set_cookie("session", v, secure=True, httponly=False)\n',
    'def f(resp, v):\n    resp.set_cookie("session", v, secure=True, httponly=True)\n',
  ],
  [
    'cookie-httponly-off',
    'go',
    'func f(w http.ResponseWriter, id string) { http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: true}) }\n',
    'func f(w http.ResponseWriter, id string) { http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: true, HttpOnly: true}) }\n',
  ],
  [
    'script-written-token-cookie',
    'javascript',
    'function f(token) { document.cookie = `token=${token}; secure`; }\n',
    'function f(theme) { document.cookie = `theme=${theme}; secure`; }\n',
  ],
  [
    'cs-cookie-no-httponly',
    'csharp',
    m('return new CookieOptions { HttpOnly = false };'),
    m('return new CookieOptions { HttpOnly = true };'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-1004 cookies without the HttpOnly flag', CASES);
