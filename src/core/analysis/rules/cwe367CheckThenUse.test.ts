// CWE-367 time-of-check time-of-use races: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'rust-exists-then-create',
    'rust',
    'fn acquire(path: &Path) -> io::Result<File> {\n    if path.exists() {\n        return Err(io::Error::new(io::ErrorKind::AlreadyExists, "locked"));\n    }\n    File::create(path)\n}\n',
    'fn acquire(path: &Path) -> io::Result<File> {\n    OpenOptions::new().write(true).create_new(true).open(path)\n}\n',
    { name: 'create only when absent, in two steps; create_new', requireCleanParse: true },
  ],
  [
    'check-then-open',
    'python',
    'import os\ndef w(p):\n    if os.path.exists(p):\n        return\n    with open(p, "w") as f:\n        f.write("x")\n',
    'import os\ndef w(p):\n    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)\n    os.close(fd)\n',
  ],
  [
    'check-then-open-stream',
    'cpp',
    'bool f(const fs::path &p) { if (fs::exists(p)) return false; std::ofstream out(p, std::ios::binary); return true; }\n',
    'bool f(const fs::path &p) { std::ofstream out(p, std::ios::binary | std::ios::noreplace); return true; }\n',
  ],
];

describeRuleCases('CWE-367 time-of-check time-of-use races', CASES);

describe('rust-exists-then-create tiers', () => {
  it('is a note when the existence test does not gate the write', async () => {
    const code =
      'fn save(path: &Path, data: &[u8]) -> io::Result<()> {\n    let existed = path.exists();\n    fs::write(path, data)?;\n    log_save(existed);\n    Ok(())\n}\n';
    const record = await analyzeCode(code, 'rust', nodeParser());
    expect(record.findings.filter((f) => f.rule === 'rust-exists-then-create').map((f) => f.tier)).toEqual(['note']);
  });
});
