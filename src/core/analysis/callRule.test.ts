// Call rules run over only the calls their callee pattern names: the same findings as a pass over every call.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { callRule, callRuleCallee } from './callRule';
import { createRuleContext } from './RuleContext';
import { runRule } from './runRule';
import type { QueryRule } from './Rule';

const META = { cwe: 'CWE-78', severity: 'error', message: 'm', fix: 'f' } as const;
const rule = callRule({
  ...META,
  id: 'test-shell',
  languages: ['python', 'javascript'],
  callee: { python: /^(os\.system|subprocess\.run)$/, javascript: /^exec$/ },
  when: (call) => call.args.length > 0,
});
// The same rule with a predicate of its own: the runner cannot know what it accepts, so it sees every call.
const opaque: QueryRule = { ...rule, id: 'test-shell-opaque', predicate: (c, ctx) => rule.predicate!(c, ctx) };

const PYTHON = `import os, subprocess
def f(x):
    os.system(x)
    os.system()
    subprocess.run(x)(os.system(x))
    print(os.path.join(x))
    return other.system(x)
`;

describe('callRule', () => {
  it('gives the runner its callee pattern, and none once the predicate is replaced or the language lacks one', () => {
    expect(callRuleCallee(rule, 'python')?.source).toBe('^(os\\.system|subprocess\\.run)$');
    expect(callRuleCallee(rule, 'go')).toBeNull();
    expect(callRuleCallee(opaque, 'python')).toBeNull();
  });

  it('finds the same calls, in the same order, with the pattern as with a pass over every call', async () => {
    const tree = await nodeParser().parse(PYTHON, 'python');
    try {
      const ctx = createRuleContext(tree, PYTHON);
      const fast = runRule(rule, ctx).map((f) => [f.line, f.column, f.endColumn]);
      const slow = runRule(opaque, ctx).map((f) => [f.line, f.column, f.endColumn]);
      expect(fast).toEqual(slow);
      expect(fast).toEqual([
        [3, 5, 17],
        [5, 5, 22],
        [5, 23, 35],
      ]);
    } finally {
      tree.dispose();
    }
  });
});
