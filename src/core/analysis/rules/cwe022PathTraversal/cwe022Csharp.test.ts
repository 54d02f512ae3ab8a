// CWE-22 path traversal (Csharp rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'cs-archive-entry-path',
    'csharp',
    'public static class Unpack {\n    public static void All(ZipArchive zip, string dest) {\n        foreach (var entry in zip.Entries) {\n            entry.ExtractToFile(Path.Combine(dest, entry.FullName), true);\n        }\n    }\n}\n',
    'public static class Unpack {\n    public static void All(ZipArchive zip, string dest) {\n        var root = Path.GetFullPath(dest) + Path.DirectorySeparatorChar;\n        foreach (var entry in zip.Entries) {\n            var path = Path.GetFullPath(Path.Combine(dest, entry.FullName));\n            if (!path.StartsWith(root, StringComparison.Ordinal)) throw new InvalidDataException();\n            entry.ExtractToFile(path, true);\n        }\n    }\n}\n',
    { name: 'zip entry names extracted as given; resolved and prefix-checked', requireCleanParse: true },
  ],
  [
    'cs-path-combine-input',
    'csharp',
    m('return File.ReadAllText(Path.Combine("/data", s));'),
    m(
      'var p = Path.GetFullPath(Path.Combine("/data/", s)); if (!p.StartsWith("/data/")) return null; return File.ReadAllText(p);',
    ),
    { requireCleanParse: true },
  ],
  [
    'cs-file-path-spliced',
    'csharp',
    '[HttpGet("r/{name}")]\npublic IActionResult Get(string name)\n{\n    return File(System.IO.File.OpenRead("/srv/r/" + name), "application/pdf");\n}\n',
    '[HttpGet("r/{name}")]\npublic IActionResult Get(string name)\n{\n    return File(System.IO.File.OpenRead("/srv/r/" + Path.GetFileName(name)), "application/pdf");\n}\n',
    { cwe: 'CWE-22', name: 'a route value spliced into the path; only its file name' },
  ],
];

describeRuleCases('CWE-22 path traversal (Csharp rules)', CASES);
