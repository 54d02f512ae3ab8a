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

  it('runs queries against the tree and reports unsupported languages', async () => {
    const parser = nodeParser();
    const tree = await parser.parse('import os\nos.system(cmd)\n', 'python');
    const calls = tree.matches('(call function: (attribute) @fn)');
    expect(calls.map((m) => m.captures[0]?.node.text)).toEqual(['os.system']);
    tree.dispose();
    // Ruby is not offered (no grammar installed): a stored value naming it still gets a clear error.
    const ruby = 'ruby' as string as Language;
    expect(parser.supports(ruby)).toBe(false);
    await expect(parser.parse('x', ruby)).rejects.toMatchObject({ code: 'LANGUAGE_UNSUPPORTED' });
  });
});
