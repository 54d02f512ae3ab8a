import { describe, expect, it } from 'vitest';
import { nodeParser } from '../node/nodeParser';
import { LANGUAGES, type Language } from '../../core/task/Task';

const SNIPPETS: Record<Language, string> = {
  python: 'import os\nos.system("ls " + d)\n',
  c: 'int main(void) { char b[4]; return 0; }\n',
  cpp: 'int main() { std::string s; return 0; }\n',
  javascript: 'const el = document.body; el.innerHTML = x;\n',
  typescript: 'const n: number = 1;\n',
  java: 'class A { void f() { Runtime.getRuntime().exec(c); } }\n',
  go: 'package main\nfunc main() {}\n',
  php: '<?php echo $_GET["a"]; ?>\n',
  csharp: 'class A { void F() { } }\n',
  rust: 'fn main() { let x = 1; }\n',
  ruby: "require 'open3'\nputs `ls #{dir}`\n",
};

describe('tree-sitter parser port (Node)', () => {
  it('parses every registered language without errors', async () => {
    const parser = nodeParser();
    for (const language of LANGUAGES) {
      const tree = await parser.parse(SNIPPETS[language], language);
      expect(tree.root.hasError, language).toBe(false);
      tree.dispose();
    }
  });

  it('falls back to the TSX grammar for TypeScript with JSX', async () => {
    const tree = await nodeParser().parse('export const A = () => <p className="x">{text}</p>;\n', 'typescript');
    expect(tree.root.hasError).toBe(false);
    expect(tree.root.descendantsOfType('jsx_element').length).toBe(1);
    tree.dispose();
  });

  it('runs several queries in one pass with the same matches, in the same order, as one pass each', async () => {
    const code = 'import os\nx = f(a)\nif x:\n    os.system(x + "y")\n    g(h(x), k=1)\ny = "s"\n';
    const tree = await nodeParser().parse(code, 'python');
    // The second query has two patterns: its matches must keep pattern indexes 0 and 1, not the shared numbering.
    const queries = [
      '(call function: (_) @fn) @call',
      '(assignment left: (_) @name) @hit\n(string) @hit',
      '(call function: (attribute) @fn (#match? @fn "^os"))',
      '(while_statement) @none',
    ];
    const shape = (ms: ReturnType<typeof tree.matches>) =>
      ms.map((m) => [m.patternIndex, ...m.captures.map((c) => `${c.name}:${c.node.startIndex}-${c.node.endIndex}`)]);
    const each = tree.matchesEach?.(queries) ?? [];
    expect(each.map(shape)).toEqual(queries.map((q) => shape(tree.matches(q))));
    expect(each[1]?.some((m) => m.patternIndex === 1)).toBe(true);
    expect(each[2]).toHaveLength(1);
    tree.dispose();
  });

  it('runs queries against the tree and reports unsupported languages', async () => {
    const parser = nodeParser();
    const tree = await parser.parse('import os\nos.system(cmd)\n', 'python');
    const calls = tree.matches('(call function: (attribute) @fn)');
    expect(calls.map((m) => m.captures[0]?.node.text)).toEqual(['os.system']);
    tree.dispose();
    // A language that is not offered (no grammar installed): a stored value naming it still gets a clear error.
    const kotlin = 'kotlin' as string as Language;
    expect(parser.supports(kotlin)).toBe(false);
    await expect(parser.parse('x', kotlin)).rejects.toMatchObject({ code: 'LANGUAGE_UNSUPPORTED' });
    expect(parser.supports('ruby')).toBe(true);
  });
});
