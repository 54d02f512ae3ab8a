// The context's call indexes (by scope, by text range) answer exactly what a scan of every call answers.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { createRuleContext } from './RuleContext';
import { FUNCTION_TYPES, sameNode, scopeOf, walk } from './walk';

const PYTHON =
  Array.from({ length: 30 }, (_, i) =>
    [
      `def handler_${i}(req):`,
      `    cmd = req.args.get("c")`,
      `    if os.path.exists(cmd):`,
      `        open(cmd).read()`,
      `    def inner():`,
      `        return subprocess.run(cmd, shell=True)`,
      `    log(cmd, helper(${i}))`,
      `    return inner()`,
      ``,
    ].join('\n'),
  ).join('\n') + '\nprint(handler_1(None))\n';

const C = `int g(char *p) { free(p); return strlen(p); }
int main(int argc, char **argv) { char b[8]; for (int i = 0; i < argc; i++) { strcpy(b, argv[i]); g(b); } printf("%s", b); return 0; }
`;

async function checkIndexes(code: string, language: Language): Promise<number> {
  const tree = await nodeParser().parse(code, language);
  try {
    const ctx = createRuleContext(tree, code);
    const all = ctx.calls();
    const scopes = [tree.root, ...walk(tree.root)].filter((n) => n === tree.root || FUNCTION_TYPES.has(n.type));
    for (const scope of scopes) {
      const expected = all.filter((c) => sameNode(scopeOf(c.node), scope)).map((c) => c.node.startIndex);
      expect(ctx.callsIn(scope).map((c) => c.node.startIndex)).toEqual(expected);
    }
    // Ranges starting and ending on every call boundary, plus empty and whole-file ranges.
    const bounds = [
      0,
      code.length,
      ...all.flatMap((c) => [c.node.startIndex, c.node.endIndex, c.node.startIndex + 1, c.node.endIndex - 1]),
    ];
    for (const start of bounds) {
      for (const end of bounds.slice(0, 40)) {
        const expected = all
          .filter((c) => c.node.startIndex >= start && c.node.endIndex <= end)
          .map((c) => c.node.startIndex)
          .sort((a, b) => a - b);
        expect(ctx.callsWithin(start, end).map((c) => c.node.startIndex)).toEqual(expected);
      }
    }
    for (const call of all) expect(ctx.callAt(call.node)).toBe(call);
    return all.length;
  } finally {
    tree.dispose();
  }
}

describe('RuleContext call indexes', () => {
  it('callsIn and callsWithin match a full scan over a generated multi-function Python file', async () => {
    expect(await checkIndexes(PYTHON, 'python')).toBeGreaterThan(100);
  });

  it('callsIn and callsWithin match a full scan over C with nested calls', async () => {
    expect(await checkIndexes(C, 'c')).toBe(5);
  });

  it('builds each function PDG once per analysis and shares it across rules', async () => {
    const tree = await nodeParser().parse('int f(int i) { int a[4]; a[i] = 1; return a[i]; }\n', 'c');
    try {
      const ctx = createRuleContext(tree, '');
      const fn = tree.root.descendantsOfType('function_definition')[0];
      expect(fn).toBeTruthy();
      if (!fn) return;
      const first = ctx.pdg(fn);
      expect(first?.statements.length).toBeGreaterThan(0);
      expect(ctx.pdg(fn)).toBe(first);
      expect(ctx.callAt(fn)).toBe(ctx.callAt(fn));
    } finally {
      tree.dispose();
    }
  });
});
