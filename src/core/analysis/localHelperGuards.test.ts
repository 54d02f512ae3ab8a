// Guards beyond a check in the sink's own function: a helper of the same file whose body validates the value
// (localHelpers.ts), checks before a sink that is a property write or a return (runRule.ts), and a value's own
// deny-list scan. Each on both sides: the unguarded or falsely guarded sink is reported, the guarded twin is not.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';

async function found(code: string, language: Language, cwe: string): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.filter((f) => f.cwe === cwe).map((f) => `${f.rule}:${f.tier}`);
}

const JAVA_DNS = (helperBody: string): string =>
  'class Dns {\n  private static final Pattern HOST = Pattern.compile("[a-z.]+");\n' +
  `  private static boolean okHost(String s) {\n    ${helperBody}\n  }\n` +
  '  String look(@QueryParam("h") String h) throws IOException {\n' +
  '    if (!okHost(h)) {\n      throw new IllegalArgumentException("host");\n    }\n' +
  '    return read(new ProcessBuilder("sh", "-c", "host " + h).start());\n  }\n}\n';

describe('a validating helper of the same file', () => {
  it('counts as the check when its body matches the parameter against a pattern', async () => {
    expect(await found(JAVA_DNS('return HOST.matcher(s).matches();'), 'java', 'CWE-78')).toEqual([]);
  });

  it('does not count when its body checks nothing about the parameter', async () => {
    expect(await found(JAVA_DNS('return s != null;'), 'java', 'CWE-78')).toEqual(['java-shell-command:finding']);
  });

  it('does not count when it is given another value', async () => {
    const code = JAVA_DNS('return HOST.matcher(s).matches();').replace('okHost(h)', 'okHost("example.org")');
    expect(await found(code, 'java', 'CWE-78')).toEqual(['java-shell-command:finding']);
  });
});

describe('sinks that are no calls', () => {
  const ldap = (check: string): string =>
    'public class People : Controller\n{\n    public IActionResult Find([FromQuery] string user)\n    {\n' +
    `${check}        var s = new DirectorySearcher();\n` +
    '        s.Filter = "(sAMAccountName=" + user + ")";\n        return Json(s.FindOne());\n    }\n}\n';

  it('a property write is guarded by a pattern check that exits', async () => {
    expect(await found(ldap(''), 'csharp', 'CWE-90')).toEqual(['cs-ldap-filter-built:finding']);
    const checked = '        if (!Regex.IsMatch(user, "^[a-z]+$")) return BadRequest();\n';
    expect(await found(ldap(checked), 'csharp', 'CWE-90')).toEqual([]);
  });
});

describe("a value's own deny-list scan", () => {
  const download = (check: string): string =>
    'async fn get(Path(name): Path<String>) -> Vec<u8> {\n' +
    check +
    '    let full = PathBuf::from("/srv").join(&name);\n    std::fs::read(full).unwrap()\n}\n';

  it('guards a Rust path when it exits on "..", and only for that value', async () => {
    expect(await found(download(''), 'rust', 'CWE-22')).not.toEqual([]);
    expect(
      await found(download('    if name.contains("..") {\n        return vec![];\n    }\n'), 'rust', 'CWE-22'),
    ).toEqual([]);
    const other = '    let mode = String::new();\n    if mode.contains("..") {\n        return vec![];\n    }\n';
    expect(await found(download(other), 'rust', 'CWE-22')).not.toEqual([]);
  });
});
