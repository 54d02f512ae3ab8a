// C# web code the way careful modules write it: an injected HtmlEncoder held in a field, a local holding an encoded
// value spliced into markup, and a Path.Combine of a configured base folder with a name checked by a Regex field
// (beside the clock). Each careless twin (no encoding, no check) stays flagged.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';

async function counted(code: string, cwe: string): Promise<string[]> {
  const record = await analyzeCode(code, 'csharp', nodeParser());
  return record.findings.filter((f) => f.cwe === cwe && f.tier !== 'note').map((f) => f.rule);
}

const greeting = (value: string): string =>
  'using System.Text.Encodings.Web;\nusing Microsoft.AspNetCore.Mvc;\n\npublic class GreetingController : Controller\n{\n' +
  '    private readonly HtmlEncoder _html = HtmlEncoder.Default;\n\n    [HttpGet("/greet")]\n' +
  `    public ContentResult Greet([FromQuery] string name)\n    {\n        var shown = ${value};\n` +
  '        return Content($"<p>Hello, {shown}!</p>", "text/html");\n    }\n}\n';

const backup = (check: string): string =>
  'using System;\nusing System.IO;\nusing System.Text.RegularExpressions;\n\npublic sealed class Backups\n{\n' +
  '    private static readonly Regex DatabaseName = new("^[a-z][a-z0-9_]{0,30}$");\n    private readonly string _dir;\n\n' +
  `    public string Read(string database)\n    {\n${check}` +
  '        var file = Path.Combine(_dir, $"{database}-{DateTime.UtcNow:yyyyMMdd}.sql");\n        return File.ReadAllText(file);\n    }\n}\n';

describe('C# web guards', () => {
  it('an HtmlEncoder field encodes the value spliced into markup', async () => {
    expect(await counted(greeting('_html.Encode(name)'), 'CWE-79')).toEqual([]);
    expect(await counted(greeting('name'), 'CWE-79')).toEqual(['cs-html-response-built']);
  });

  it('a Regex field check covers the name joined under a configured base folder', async () => {
    const check =
      '        if (!DatabaseName.IsMatch(database))\n            throw new ArgumentException("bad name");\n';
    expect(await counted(backup(check), 'CWE-22')).toEqual([]);
    expect(await counted(backup(''), 'CWE-22')).toEqual(['cs-path-combine-input']);
  });
});
