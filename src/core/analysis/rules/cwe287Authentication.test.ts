// CWE-287 improper authentication: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'identity-from-client',
    'python',
    'from flask import request\ndef me():\n    uid = request.cookies.get("user_id")\n    return uid\n',
    'from flask import session\ndef me():\n    uid = session.get("user_id")\n    return uid\n',
  ],
  [
    'js-unawaited-password-check',
    'javascript',
    'async function f(p, h) { if (!bcrypt.compare(p, h)) throw new Error("x"); }\n',
    'async function f(p, h) { if (!(await bcrypt.compare(p, h))) throw new Error("x"); }\n',
  ],
  [
    'identity-from-client',
    'java',
    'class A { String u(HttpServletRequest req) { String user = null; for (Cookie c : req.getCookies()) { if ("username".equals(c.getName())) user = c.getValue(); } return user; } }\n',
    'class A { String u(HttpServletRequest req) { HttpSession s = req.getSession(false); return s == null ? null : (String) s.getAttribute("username"); } }\n',
  ],
];

describeRuleCases('CWE-287 improper authentication', CASES);
