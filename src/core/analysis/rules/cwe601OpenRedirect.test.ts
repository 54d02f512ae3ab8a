// CWE-601 open redirect: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'open-redirect',
    'python',
    'from flask import request, redirect\ndef f():\n    return redirect(request.args["next"])\n',
    'from flask import request, redirect, url_for\ndef f():\n    return redirect(url_for("home"))\n',
  ],
  [
    'cs-open-redirect',
    'csharp',
    m('return Redirect(s);'),
    m('if (!Url.IsLocalUrl(s)) return Redirect("/"); return Redirect(s);'),
    { requireCleanParse: true },
  ],
  [
    'open-redirect',
    'rust',
    'async fn after_login(Query(q): Query<HashMap<String, String>>) -> Redirect {\n    let next = q.get("next").cloned().unwrap_or_default();\n    Redirect::to(&next)\n}\n',
    'async fn after_login(Query(q): Query<HashMap<String, String>>) -> Redirect {\n    let next = q.get("next").cloned().unwrap_or_default();\n    if !ALLOWED_PATHS.contains(&next.as_str()) {\n        return Redirect::to("/");\n    }\n    Redirect::to(&next)\n}\n',
    { name: 'axum Query value; an allow-list check', requireCleanParse: true },
  ],
  [
    'open-redirect',
    'rust',
    '#[get("/go")]\nasync fn go(req: HttpRequest) -> HttpResponse {\n    let target = req.query_string().to_string();\n    HttpResponse::Found().append_header((header::LOCATION, target)).finish()\n}\n',
    '#[get("/go")]\nasync fn go(req: HttpRequest) -> HttpResponse {\n    let target = req.query_string().to_string();\n    HttpResponse::Found().append_header((header::LOCATION, "/home")).finish()\n}\n',
    { name: 'actix Location header from the query string' },
  ],
  [
    'open-redirect',
    'java',
    '@Controller\nclass Back {\n  @GetMapping("/back")\n  void back(@RequestParam String to, HttpServletResponse resp) throws IOException {\n    resp.sendRedirect(to);\n  }\n}\n',
    '@Controller\nclass Back {\n  @GetMapping("/back")\n  void back(@RequestParam String to, HttpServletResponse resp) throws IOException {\n    resp.sendRedirect("/home");\n  }\n}\n',
    { name: 'a Spring @RequestParam is request data' },
  ],
];

describeRuleCases('CWE-601 open redirect', CASES);
