// CWE-807 reliance on untrusted inputs in a security decision: each rule flags its vulnerable snippet and stays
// silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'header-claim-decision',
    'rust',
    'async fn admin(headers: HeaderMap) -> StatusCode {\n    let is_admin = headers.get("x-is-admin").is_some();\n    if is_admin {\n        return StatusCode::OK;\n    }\n    StatusCode::FORBIDDEN\n}\n',
    'async fn admin(headers: HeaderMap) -> StatusCode {\n    let trace = headers.get("x-request-id").is_some();\n    if trace {\n        return StatusCode::OK;\n    }\n    StatusCode::FORBIDDEN\n}\n',
    { cwe: 'CWE-807', name: 'a header bound to a local that decides', requireCleanParse: true },
  ],
  [
    'header-claim-decision',
    'java',
    'class Admin extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    if ("admin".equals(req.getHeader("X-User-Role"))) {\n      resp.getWriter().println(secrets());\n    }\n  }\n}\n',
    'class Admin extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    resp.setHeader("X-User-Role", "none");\n    if (req.isUserInRole("admin")) {\n      resp.getWriter().println(secrets());\n    }\n  }\n}\n',
    { name: 'a role header in the condition; the container role check', requireCleanParse: true },
  ],
  [
    'header-claim-decision',
    'csharp',
    'public class OpsController : Controller\n{\n    public IActionResult Purge()\n    {\n        if (Request.Headers["X-Internal-Call"] == "1") { Cache.Clear(); return Ok(); }\n        return Forbid();\n    }\n}\n',
    'public class OpsController : Controller\n{\n    public IActionResult Purge()\n    {\n        if (User.IsInRole("Ops")) { Cache.Clear(); return Ok(); }\n        return Forbid();\n    }\n}\n',
    { name: 'an internal-call header in C#' },
  ],
];

describeRuleCases('CWE-807 reliance on untrusted inputs in a security decision', CASES);
