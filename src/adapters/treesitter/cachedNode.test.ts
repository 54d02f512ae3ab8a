// The cached node wrappers: one object per node however it is reached, with the same answers as web-tree-sitter.
import { describe, expect, it } from 'vitest';
import { Language, Parser, type Node as TsNode } from 'web-tree-sitter';
import { createRequire } from 'node:module';
import { NodeCache } from './cachedNode';
import type { SyntaxNode } from '../../core/languages/SyntaxTree';
import { nodeParser } from '../node/nodeParser';

const require = createRequire(import.meta.url);
const CODE = 'def f(a, b=2):\n    if a > b:\n        return g(a)["k"]\n    return [x for x in b]\n\nprint(f(1))\n';

function* nodes(n: SyntaxNode): Generator<SyntaxNode> {
  yield n;
  for (const c of n.children) if (c) yield* nodes(c);
}

function* rawNodes(n: TsNode): Generator<TsNode> {
  yield n;
  for (const c of n.children) if (c) yield* rawNodes(c);
}

describe('cached tree-sitter nodes', () => {
  it('answers every property as the uncached node does, node by node', async () => {
    await nodeParser().parse('x = 1\n', 'python'); // initialises the runtime
    await Parser.init();
    const parser = new Parser();
    parser.setLanguage(await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm')));
    const tree = parser.parse(CODE);
    if (!tree) throw new Error('no tree');
    const cache = new NodeCache();
    const raws = [...rawNodes(tree.rootNode)];
    const wrapped = [...nodes(cache.wrap(tree.rootNode))];
    expect(wrapped.length).toBe(raws.length);
    raws.forEach((raw, i) => {
      const node = wrapped[i]!;
      const fields = (n: SyntaxNode | TsNode) => [n.type, n.text, n.startIndex, n.endIndex, n.isNamed, n.hasError];
      expect(fields(node)).toEqual(fields(raw));
      expect(node.endPosition).toEqual(raw.endPosition);
      expect(node.namedChildren.map((c) => c?.startIndex)).toEqual(raw.namedChildren.map((c) => c?.startIndex));
      expect(node.childForFieldName('body')?.startIndex).toBe(raw.childForFieldName('body')?.startIndex);
      expect(node.parent?.startIndex).toBe(raw.parent?.startIndex);
    });
    tree.delete();
  });

  it('hands out one object per node, whether reached from a parent, a child or a query capture', async () => {
    const tree = await nodeParser().parse(CODE, 'python');
    const call = tree.matches('(call) @c')[0]?.captures[0]?.node;
    const fn = tree.root.namedChildren[0];
    expect(call && fn).toBeTruthy();
    let up = call!;
    while (up.parent && up.type !== 'function_definition') up = up.parent;
    expect(up).toBe(fn);
    expect(fn!.childForFieldName('body')).toBe(fn!.namedChildren.find((c) => c?.type === 'block'));
    expect(tree.root.descendantsOfType('call')[0]).toBe(call);
    tree.dispose();
  });
});
