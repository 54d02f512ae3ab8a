// CWE-190 integer overflow (Java and C# rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'managed-input-size-product',
    'java',
    'class Frames extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {\n    int frames = Integer.parseInt(req.getParameter("frames"));\n    byte[] pixels = new byte[frames * 1920 * 1080];\n    resp.setContentLength(pixels.length);\n  }\n}\n',
    'class Frames extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {\n    int frames = Integer.parseInt(req.getParameter("frames"));\n    if (frames > 8) { resp.setStatus(400); return; }\n    byte[] pixels = new byte[frames * 1920 * 1080];\n    resp.setContentLength(pixels.length);\n  }\n}\n',
    { name: 'a servlet count multiplied; bounded first', requireCleanParse: true },
  ],
  [
    'managed-input-size-product',
    'csharp',
    'public class TilesController : Controller {\n    public IActionResult Make([FromQuery] int tiles) {\n        var buffer = new byte[tiles * 65536];\n        return Ok(buffer.Length);\n    }\n}\n',
    'public class TilesController : Controller {\n    public IActionResult Make([FromQuery] int tiles) {\n        var buffer = new byte[checked(tiles * 65536)];\n        return Ok(buffer.Length);\n    }\n}\n',
    { name: 'a [FromQuery] count; checked arithmetic', requireCleanParse: true },
  ],
  [
    'managed-input-size-product',
    'csharp',
    'public class QuoteController : Controller {\n    public IActionResult Get([FromQuery] int qty, [FromQuery] int grams) {\n        if (qty <= 0 || grams <= 0) return BadRequest();\n        int total = qty * grams;\n        var slots = new byte[total / 1000 + 1];\n        return Ok(slots.Length);\n    }\n}\n',
    'public class QuoteController : Controller {\n    public IActionResult Get([FromQuery] int qty, [FromQuery] int grams) {\n        if (qty <= 0 || grams <= 0 || qty > 10000 || grams > 50000) return BadRequest();\n        int total = qty * grams;\n        var slots = new byte[total / 1000 + 1];\n        return Ok(slots.Length);\n    }\n}\n',
    {
      name: 'a product in a local that sizes an array, only checked to be positive; bounded above',
      requireCleanParse: true,
    },
  ],
];

describeRuleCases('CWE-190 integer overflow (Java and C# rules)', CASES);
