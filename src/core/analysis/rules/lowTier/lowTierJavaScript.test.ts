import { describe, expect, it } from 'vitest';
import { describeRuleCases } from '../../ruleCasesTestKit';
import { analyzeCode } from '../../analyzeCode';
import { nodeParser } from '../../../../adapters/node/nodeParser';

describeRuleCases('low tier, JavaScript', [
  [
    'low-js-math-random',
    'javascript',
    'function randomName() {\n  return Math.random().toString(36).slice(2);\n}\n',
    'function randomName() {\n  return crypto.randomUUID();\n}\n',
  ],
  [
    'low-js-weak-hash',
    'typescript',
    "import { createHash } from 'crypto';\nexport function digest(body: string): string {\n  return createHash('sha1').update(body).digest('hex');\n}\n",
    "import { createHash } from 'crypto';\nexport function digest(body: string): string {\n  return createHash('sha256').update(body).digest('hex');\n}\n",
  ],
]);

describe('low tier, JavaScript context', () => {
  it('reports Math.random for a UI shuffle as a note', async () => {
    const record = await analyzeCode(
      'function shuffle(items) {\n  return items.sort(() => Math.random() - 0.5);\n}\n',
      'javascript',
      nodeParser(),
    );
    expect(record.findings.map((f) => [f.rule, f.tier])).toEqual([['low-js-math-random', 'note']]);
  });
});
