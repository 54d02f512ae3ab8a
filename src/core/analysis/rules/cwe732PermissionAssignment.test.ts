// CWE-732 permissive permissions on critical resources: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  ['world-writable-permissions', 'python', 'import os\nos.chmod("f", 0o777)\n', 'import os\nos.chmod("f", 0o600)\n'],
  [
    'js-world-writable-mode',
    'javascript',
    'fs.chmodSync(dir, 0o777);\n',
    'fs.chmodSync(dir, 0o700);\n',
    { requireCleanParse: true },
  ],
  [
    'js-world-writable-mode',
    'typescript',
    'fs.chmodSync(file, 0o646);\n',
    'fs.chmodSync(file, 0o644);\n',
    { requireCleanParse: true },
  ],
  [
    'java-world-writable-permissions',
    'java',
    'class P { void p(Path f) throws Exception { Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-rw-")); } }',
    'class P { void p(Path f) throws Exception { Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----")); } }',
    { requireCleanParse: true },
  ],
  [
    'cs-world-writable',
    'csharp',
    m('File.SetUnixFileMode(s, UnixFileMode.UserRead | UnixFileMode.OtherWrite); return s;'),
    m('File.SetUnixFileMode(s, UnixFileMode.UserRead | UnixFileMode.UserWrite); return s;'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-732 permissive permissions on critical resources', CASES);
