// The mirrored tree answers every SyntaxNode question as web-tree-sitter's own nodes do, node by node.
import { describe, expect, it } from 'vitest';
import { Language as TsLanguage, Parser, type Node as TsNode } from 'web-tree-sitter';
import { createRequire } from 'node:module';
import { mirrorTree } from './mirrorTree';
import { grammarFor } from './grammars';
import { nodeParser } from '../node/nodeParser';
import type { SyntaxNode } from '../../core/languages/SyntaxTree';
import type { Language } from '../../core/task/Task';

const require = createRequire(import.meta.url);

const CASES: [Language, string][] = [
  ['python', 'def f(a, b=2):\n    """é ü 😀"""\n    if a > b:\n        return g(a)["k"]\n    return [x for x in b]\n'],
  ['python', 'def broken(:\n    x = (1,\n    y = "ok"\n'],
  [
    'c',
    'int main(int argc, char **argv) {\n  char b[8]; /* ü */\n  if (argc > 1) strcpy(b, argv[1]);\n  return b[0] + 1;\n}\n',
  ],
  ['c', 'int f( { return 1 }\n'],
  ['javascript', 'const f = async ({a, b}) => { const t = `x${a}😀`; return a?.b ?? await g(b); };\n'],
  ['go', 'package main\nfunc main() {\n\tx := []int{1, 2}\n\tfor i := range x { println(i) }\n}\n'],
  // No final newline: Go ends the last line with a zero-width terminator whose symbol has an empty name,
  // which web-tree-sitter types as 'ERROR' although nothing is wrong (a kb build refused four examples).
  ['go', 'package p\n\nimport "net/url"\n\nvar _ = url.Values{}'],
];

async function rawTree(language: Language, code: string) {
  await nodeParser().parse('', language); // initialises the runtime as the port does
  await Parser.init();
  const grammar = grammarFor(language)!;
  const parser = new Parser();
  parser.setLanguage(await TsLanguage.load(require.resolve(`${grammar.pkg}/${grammar.file}`)));
  return parser.parse(code)!;
}

function* pairs(raw: TsNode, node: SyntaxNode): Generator<[TsNode, SyntaxNode]> {
  yield [raw, node];
  for (let i = 0; i < raw.children.length; i += 1) yield* pairs(raw.children[i]!, node.children[i]!);
}

const span = (n: SyntaxNode | TsNode | null | undefined) => (n ? `${n.type}@${n.startIndex}-${n.endIndex}` : null);

describe('mirrored tree-sitter trees', () => {
  it.each(CASES)('answers as web-tree-sitter does, for every node (%s)', async (language, code) => {
    const tree = await rawTree(language, code);
    const { root } = mirrorTree(tree, code);
    const fields = tree.language.fields.filter((f): f is string => typeof f === 'string');
    let count = 0;
    for (const [raw, node] of pairs(tree.rootNode, root)) {
      count += 1;
      const facts = (n: SyntaxNode | TsNode) => [n.type, n.text, n.startIndex, n.endIndex, n.isNamed, n.hasError];
      expect(facts(node)).toEqual(facts(raw));
      expect([node.startPosition, node.endPosition]).toEqual([raw.startPosition, raw.endPosition]);
      expect([node.childCount, node.namedChildCount]).toEqual([raw.childCount, raw.namedChildCount]);
      expect(node.namedChildren.map(span)).toEqual(raw.namedChildren.map(span));
      expect(span(node.parent)).toBe(span(raw.parent));
      for (const field of fields) {
        expect(span(node.childForFieldName(field)), field).toBe(span(raw.childForFieldName(field)));
        expect(node.childrenForFieldName(field).map(span)).toEqual(raw.childrenForFieldName(field).map(span));
      }
    }
    expect(count).toBeGreaterThan(8);
    const types = ['identifier', 'ERROR', 'call', 'call_expression', 'string', 'block'];
    expect(root.descendantsOfType(types).map(span)).toEqual(tree.rootNode.descendantsOfType(types).map(span));
    const fn = root.namedChildren[0]!;
    expect(fn.descendantsOfType(types).map(span)).toEqual(
      tree.rootNode.namedChildren[0]!.descendantsOfType(types).map(span),
    );
    tree.delete();
  });

  it('gives query captures as the same node objects a walk from the root reaches', async () => {
    const code = 'def f(x):\n    return (g)(x)\n\nprint(f(1))\n';
    const tree = await nodeParser().parse(code, 'python');
    const calls = tree.matches('(call) @c (parenthesized_expression) @p (identifier) @i').flatMap((m) => m.captures);
    const walked = new Set<SyntaxNode>();
    const visit = (n: SyntaxNode): void => {
      walked.add(n);
      n.children.forEach((c) => c && visit(c));
    };
    visit(tree.root);
    expect(calls.length).toBeGreaterThan(6);
    for (const c of calls) expect(walked.has(c.node), span(c.node) ?? '').toBe(true);
    tree.dispose();
  });
});
