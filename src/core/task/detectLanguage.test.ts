// detectLanguage over the real grammars: whole programs, short snippets and mixed inputs in every parsed language.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { detectLanguage, otherLanguage } from './detectLanguage';
import { parserErrorCounter } from './parserErrorCounter';
import type { Language } from './Task';

const countErrors = parserErrorCounter(nodeParser());

const SAMPLES: Record<string, [Language, string]> = {
  'python program': [
    'python',
    'import subprocess\n\ndef ping(host):\n    cmd = "ping -c 1 " + host\n    subprocess.run(cmd, shell=True)\n\n' +
      'def find(db, name):\n    return db.execute("SELECT * FROM users WHERE name = \'%s\'" % name)\n',
  ],
  'python one-liner': ['python', 'subprocess.run(cmd, shell=True)'],
  'c program': [
    'c',
    '#include <stdio.h>\n\nint main(void) {\n  char buf[16];\n  gets(buf);\n  printf(buf);\n  return 0;\n}\n',
  ],
  'c snippet': ['c', 'char buf[8];\nstrcpy(buf, argv[1]);'],
  'cpp program': [
    'cpp',
    '#include <string>\n#include <vector>\n\nstd::vector<std::string> split(const std::string& s) {\n  std::vector<std::string> out;\n  return out;\n}\n',
  ],
  javascript: [
    'javascript',
    "const { exec } = require('child_process');\nexec(`ls ${dir}`, (err, out) => console.log(out));\n",
  ],
  typescript: [
    'typescript',
    'interface User { name: string }\nexport function greet(user: User): string {\n  return `hi ${user.name}`;\n}\n',
  ],
  java: [
    'java',
    'import java.sql.*;\n\npublic class Dao {\n  public ResultSet find(Connection c, String n) throws SQLException {\n    return c.createStatement().executeQuery("SELECT * FROM t WHERE n=\'" + n + "\'");\n  }\n}\n',
  ],
  go: [
    'go',
    'package main\n\nimport "os/exec"\n\nfunc run(host string) error {\n\tcmd := exec.Command("sh", "-c", "ping "+host)\n\treturn cmd.Run()\n}\n',
  ],
  php: ['php', '<?php\n$id = $_GET["id"];\n$r = mysqli_query($db, "SELECT * FROM t WHERE id=" . $id);\n'],
  csharp: [
    'csharp',
    'using System;\nusing System.Diagnostics;\n\npublic class Runner {\n  public static void Run(string arg) {\n    Process.Start("cmd.exe", "/c " + arg);\n  }\n}\n',
  ],
  rust: [
    'rust',
    'use std::process::Command;\n\nfn run(arg: &str) {\n    let mut c = Command::new("sh");\n    c.arg("-c").arg(arg);\n    println!("{:?}", c.output());\n}\n',
  ],
  'ruby program': [
    'ruby',
    "require 'open3'\n\nclass Pinger\n  def ping(host)\n    out, _status = Open3.capture2('ping', '-c', '1', host)\n    puts out\n  end\nend\n",
  ],
  'ruby script with a block': ['ruby', 'ARGV.each do |name|\n  puts "hello #{name}"\nend\n'],
  'ruby rails action': [
    'ruby',
    'def show\n  @user = User.find(params[:id])\n  redirect_to root_path unless @user\nend\n',
  ],
  'go snippet': ['go', 'out, err := exec.Command("ls", dir).Output()\nif err != nil {\n\treturn err\n}'],
  'rust snippet': ['rust', 'let mut file = File::open(path)?;'],
};

describe('detectLanguage', () => {
  for (const [name, [expected, code]] of Object.entries(SAMPLES))
    it(`detects ${name} as ${expected}`, async () => {
      const detection = await detectLanguage(code, countErrors);
      expect(detection.best, JSON.stringify(detection.candidates.slice(0, 3))).toBe(expected);
    });

  it('records error counts and hints for every parsed language, serialisably', async () => {
    const detection = await detectLanguage(SAMPLES['python program']![1], countErrors);
    const c = detection.candidates.find((x) => x.language === 'c')!;
    expect(c.errors).toBeGreaterThan(0);
    expect(detection.candidates[0]).toMatchObject({ language: 'python', errors: 0 });
    expect(detection.candidates[0]!.hints).toContain('def name(...):');
    // Ruby's grammar reads much Python without errors, but Python's hints win; PHP without <?php is inline HTML to
    // its grammar, so it is no candidate.
    expect(detection.candidates.map((x) => x.language)).toContain('ruby');
    expect(detection.candidates.map((x) => x.language)).not.toContain('php');
    expect(JSON.parse(JSON.stringify(detection))).toEqual(detection);
  });

  it('judges a mixed input by the language most of it is written in', async () => {
    // A Python script carrying a C snippet in a string, and HTML around PHP.
    const py =
      'SRC = "#include <stdio.h>\\nint main(void) { return 0; }"\n\ndef build(path):\n    with open(path, "w") as f:\n        f.write(SRC)\n';
    expect((await detectLanguage(py, countErrors)).best).toBe('python');
    const php = '<html><body>\n<?php echo $_GET["q"]; ?>\n</body></html>\n';
    expect((await detectLanguage(php, countErrors)).best).toBe('php');
  });

  it('tells C from C++ and JavaScript from TypeScript only on evidence', async () => {
    expect((await detectLanguage('int add(int a, int b) { return a + b; }', countErrors)).best).toBe('c');
    expect((await detectLanguage('function add(a, b) { return a + b; }', countErrors)).best).toBe('javascript');
  });

  it('samples the start of a long input and gives no answer for blank code', async () => {
    const long = 'def f(x):\n    return x\n'.repeat(3000);
    const detection = await detectLanguage(long, countErrors);
    expect(detection.best).toBe('python');
    expect(detection.sampledChars).toBeLessThanOrEqual(20_000);
    expect(await detectLanguage(' \n', countErrors)).toEqual({ best: null, candidates: [], sampledChars: 2 });
  });
});

describe('otherLanguage', () => {
  it('names Python for Python code asked as C, and nothing when the asked language fits', async () => {
    const detection = await detectLanguage(SAMPLES['python program']![1], countErrors);
    expect(otherLanguage(detection, 'c')).toBe('python');
    expect(otherLanguage(detection, 'python')).toBeNull();
    // C code is valid C++: asking for C++ is not a mismatch even though C ranks first.
    const c = await detectLanguage(SAMPLES['c program']![1], countErrors);
    expect(otherLanguage(c, 'cpp')).toBeNull();
  });
});
