// CWE-79 cross-site scripting (Java rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'java-reflected-xss',
    'java',
    'class Hi extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    resp.getWriter().println("<p>" + req.getParameter("n") + "</p>");\n  }\n}\n',
    'class Hi extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    resp.getWriter().println("<p>" + HtmlUtils.htmlEscape(req.getParameter("n")) + "</p>");\n  }\n}\n',
  ],
  [
    'java-reflected-xss',
    'java',
    'class Hi extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String q = req.getParameter("q");\n    resp.getWriter().println(q);\n  }\n}\n',
    'class Hi extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    String q = req.getParameter("q");\n    resp.getWriter().println(q.isEmpty());\n  }\n}\n',
    { name: 'a boolean computed from the value prints no markup' },
  ],
  [
    'java-handler-html-return',
    'java',
    '@RestController\nclass Find {\n  @GetMapping("/find")\n  String find(@RequestParam String q) {\n    return "<p>No match for " + q + "</p>";\n  }\n}\n',
    '@RestController\nclass Find {\n  @GetMapping("/find")\n  String find(@RequestParam String q) {\n    return "<p>No match for " + Encode.forHtml(q) + "</p>";\n  }\n}\n',
    { cwe: 'CWE-79', requireCleanParse: true },
  ],
  [
    'java-handler-html-return',
    'java',
    '@Path("/hello")\nclass Hello {\n  @GET\n  public String hi(@QueryParam("n") String n) {\n    return "<h1>Hi " + n + "</h1>";\n  }\n}\n',
    '@Controller\nclass Hello {\n  @GetMapping("/hello")\n  public String hi(@RequestParam String n, Model m) {\n    m.addAttribute("name", n);\n    return "<h1>" + "hello" + "</h1>";\n  }\n}\n',
    { name: 'a JAX-RS resource; a constant markup view' },
  ],
];

describeRuleCases('CWE-79 cross-site scripting (Java rules)', CASES);
