// CWE-377 insecure temporary files: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'insecure-temp-file',
    'python',
    'import tempfile\np = tempfile.mktemp()\n',
    'import tempfile\nf = tempfile.NamedTemporaryFile()\n',
  ],
  [
    'predictable-temp-path',
    'javascript',
    'function save(data) {\n  const base = os.tmpdir();\n  const p = path.join(base, "report-" + process.pid);\n  fs.writeFileSync(p, data);\n}\n',
    'function save(data) {\n  const base = fs.mkdtempSync(path.join(os.tmpdir(), "report-"));\n  const p = path.join(base, "out");\n  fs.writeFileSync(p, data);\n}\n',
    { requireCleanParse: true },
  ],
  [
    'predictable-temp-path',
    'rust',
    'fn export(rows: &[Row]) -> std::io::Result<()> {\n    let path = PathBuf::from("/tmp/balances.csv");\n    let file = File::create(&path)?;\n    write_rows(file, rows)\n}\n',
    'fn export(rows: &[Row]) -> std::io::Result<()> {\n    let file = tempfile::NamedTempFile::new()?;\n    write_rows(file, rows)\n}\n',
    { name: 'Rust: File::create of a fixed /tmp name; the tempfile crate', requireCleanParse: true },
  ],
  [
    'predictable-temp-path',
    'rust',
    'fn save(data: &[u8]) -> std::io::Result<()> {\n    std::fs::write(std::env::temp_dir().join("upload.bin"), data)\n}\n',
    'fn save(data: &[u8]) -> std::io::Result<()> {\n    let path = std::env::temp_dir().join(format!("upload-{}.bin", Uuid::new_v4()));\n    OpenOptions::new().write(true).create_new(true).open(&path)?.write_all(data)\n}\n',
    { name: 'Rust: fs::write under temp_dir(); a random name opened with create_new', requireCleanParse: true },
  ],
  [
    'predictable-temp-path',
    'go',
    'package a\nfunc w(b []byte) error { return os.WriteFile(os.TempDir()+"/cache.bin", b, 0o600) }\n',
    'package a\nfunc w(b []byte) error { f, err := os.CreateTemp("", "cache-*"); if err != nil { return err }; _, err = f.Write(b); return err }\n',
    { requireCleanParse: true },
  ],
  [
    'predictable-temp-path',
    'java',
    'class T { File t() throws Exception { return File.createTempFile("x", ".tmp"); } }',
    'class T { Path t() throws Exception { return Files.createTempFile("x", ".tmp"); } }',
    { requireCleanParse: true },
  ],
  [
    'cs-predictable-temp-file',
    'csharp',
    m('return File.Create(Path.Combine(Path.GetTempPath(), "export.csv"));'),
    m('return new FileStream(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew);'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-377 insecure temporary files', CASES);
