// CWE-348 use of a less trusted source: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'forwarded-header-trusted',
    'python',
    'from flask import request\n@app.route("/admin")\ndef admin():\n    ip = request.headers.get("X-Forwarded-For")\n    if ip in TRUSTED:\n        return "ok"\n    return "no", 403\n',
    'from flask import request\n@app.route("/admin")\ndef admin():\n    ip = request.remote_addr\n    if ip in TRUSTED:\n        return "ok"\n    return "no", 403\n',
  ],
  [
    'forwarded-header-trusted',
    'python',
    'def view(request):\n    if request.META.get("HTTP_X_FORWARDED_FOR") == "10.0.0.1":\n        return admin(request)\n',
    'import logging\ndef view(request):\n    logging.info("via %s", request.META.get("HTTP_X_FORWARDED_FOR"))\n    return page(request)\n',
    { name: 'a forwarded address logged decides nothing' },
  ],
  [
    'forwarded-header-trusted',
    'javascript',
    'function allow(req) {\n  const ip = req.headers["x-forwarded-for"];\n  if (ALLOWED.includes(ip)) return true;\n  return false;\n}\n',
    'function allow(req) {\n  const ip = req.socket.remoteAddress;\n  if (ALLOWED.includes(ip)) return true;\n  return false;\n}\n',
  ],
];

describeRuleCases('CWE-348 use of a less trusted source', CASES);
