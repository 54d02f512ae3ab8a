// One sample per registered language, run through every table the spec feeds: the parser, the
// analyser's call query, facet extraction, the slicer and code extraction from a model's answer.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { callInfo, callQuery } from '../analysis/callInfo';
import { treeFacts } from '../facets/treeApis';
import { extractCode } from '../generation/extractCode';
import { sliceLines } from '../slicing/sliceLines';
import { LANGUAGE_SPECS } from './registry';

describe.each(LANGUAGE_SPECS.map((spec) => [spec.id, spec] as const))('%s sample', (id, spec) => {
  it('parses, and its calls, APIs and slice are found', async () => {
    const tree = await nodeParser().parse(spec.sample, id);
    try {
      expect(tree.root.hasError).toBe(false);
      const calls = tree.matches(callQuery(id)).map((m) => callInfo(m.captures[0]!.node));
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) expect(call.name).not.toBe('');
      const facts = treeFacts(tree);
      // The facets read the same call kinds as the analyser (C# calls were once missing here).
      expect(facts.apis.length).toBeGreaterThan(0);
      expect(facts.identifiers.length).toBeGreaterThan(0);
      const callLine = calls[0]!.node.startPosition.row + 1;
      expect(sliceLines(tree, [callLine]).lines).toContain(callLine);
    } finally {
      tree.dispose();
    }
  });

  it.each(spec.fenceAliases)('takes the block fenced as %s from a model answer', (alias) => {
    const answer = `Here:\n\`\`\`text\nnot code\n\`\`\`\n\`\`\`${alias}\n${spec.sample}\`\`\`\n`;
    expect(extractCode(answer, id)).toBe(spec.sample);
  });
});
