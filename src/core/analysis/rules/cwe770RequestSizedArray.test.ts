// CWE-770 request-sized-array: Java and C# arrays sized by a request number with no upper limit (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const R = 'request-sized-array';
const CASES: RuleCase[] = [
  [
    R,
    'java',
    'class S extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {\n    int n = Integer.parseInt(req.getParameter("n"));\n    long[] slots = new long[n];\n    use(slots);\n  }\n}\n',
    'class S extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {\n    int n = Integer.parseInt(req.getParameter("n"));\n    if (n > 64) return;\n    long[] slots = new long[n];\n    use(slots);\n  }\n}\n',
    { name: 'servlet parameter; upper bound', requireCleanParse: true },
  ],
  [
    R,
    'csharp',
    'public class NoiseController : ControllerBase\n{\n    [HttpGet]\n    public IActionResult Get(int length)\n    {\n        var data = new byte[length];\n        return Ok(data);\n    }\n}\n',
    'public class NoiseController : ControllerBase\n{\n    [HttpGet]\n    public IActionResult Get(int length)\n    {\n        var data = new byte[Math.Min(length, 1024)];\n        return Ok(data);\n    }\n}\n',
    { name: 'action parameter; clamped', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-770 arrays sized by the request', CASES);
