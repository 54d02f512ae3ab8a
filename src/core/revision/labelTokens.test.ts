import { describe, expect, it } from 'vitest';
import type { Finding } from '../analysis/Finding';
import { criticalLines, labelTokens } from './labelTokens';
import { diffCode } from '../diff/diffCode';
import { repairPair } from '../critique/repairPair';
import type { RunTrace } from '../trace';
import { stageOutput } from '../trace';
import { diffOfRun } from '../stages/diffOfRun';

const code = 'import os\nos.system(cmd)\nprint(1)\n';
const text = `Here:\n\`\`\`python\n${code}\`\`\`\n`;
const pieces = [
  'Here',
  ':\n```',
  'python\n',
  'import',
  ' os',
  '\n',
  'os',
  '.system',
  '(cmd)',
  '\n',
  'print',
  '(1)',
  '\n',
  '```\n',
];
const tokens = pieces.map((p, i) => ({ text: p, logprob: -i / 10 }));
const finding: Finding = {
  rule: 'shell',
  cwe: 'CWE-78',
  severity: 'error',
  message: 'm',
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 14,
};

describe('labelTokens', () => {
  it('maps tokens to code lines and marks those inside findings', () => {
    const labels = labelTokens(text, tokens, code, criticalLines([finding], undefined));
    expect(labels.map((l) => l.text).join('')).toBe(text);
    expect(labels.find((l) => l.text === 'Here')?.line).toBeNull();
    expect(labels.find((l) => l.text === 'import')?.line).toBe(1);
    expect(labels.filter((l) => l.critical).map((l) => l.text)).toEqual(['os', '.system', '(cmd)']);
    expect(labels[1]?.prob).toBeCloseTo(Math.exp(-0.1));
  });

  it('marks lines the revision changed, from the diff', () => {
    const lines = criticalLines([], diffCode(code, 'import os\nos.system(cmd)\nprint(2)\n'));
    expect([...lines.revised]).toEqual([3]);
    const labels = labelTokens(text, tokens, code, lines);
    expect(labels.filter((l) => l.critical).map((l) => `${l.text}:${l.why}`)).toEqual(['print:revised', '(1):revised']);
  });
});

describe('repairPair', () => {
  it('pairs the generated and final code with per-token labels', () => {
    const trace: RunTrace = {
      schema: 'secure-codegen-playground/trace',
      version: 1,
      runId: 'r1',
      createdAt: 'now',
      status: 'ok',
      totalMs: 1,
      engine: null,
      task: { id: 't', language: 'python', kind: 'nl', prompt: 'ping' },
      config: {
        useKnowledge: true,
        revise: true,
        tokenBudget: 1,
        topK: 1,
        examplesInPrompt: 1,
        draftFacet: false,
        causeFacet: false,
        critiqueRounds: 0,
      },
      stages: [
        {
          stage: 'generation',
          status: 'ok',
          ms: 1,
          output: {
            source: 'model',
            engine: 's',
            model: 's',
            text,
            code,
            tokens,
            finishReason: 'stop',
            usage: null,
            prompt: 'knowledge',
          },
        },
        {
          stage: 'analysis',
          status: 'ok',
          ms: 1,
          output: { language: 'python', analyzer: 'f', parsed: true, findings: [finding], suppressed: [] },
        },
        {
          stage: 'revision',
          status: 'ok',
          ms: 1,
          output: {
            status: 'revised',
            advisories: [],
            before: code,
            after: 'import subprocess\nsubprocess.run([cmd])\nprint(1)\n',
            findingsBefore: [finding],
            findingsAfter: [],
          },
        },
      ],
    };
    // The diff stage's record, as the pipeline writes it after these stages.
    const output = diffOfRun({
      generation: stageOutput(trace, 'generation')!,
      analysis: stageOutput(trace, 'analysis'),
      revision: stageOutput(trace, 'revision'),
    });
    trace.stages.push({ stage: 'diff', status: 'ok', ms: 1, output });
    const pair = repairPair(trace);
    expect(pair?.after).toContain('subprocess.run');
    expect(pair?.findingsAfter).toBe(0);
    expect(pair?.tokens.filter((t) => t.label === 1).map((t) => t.text)).toEqual([
      'import',
      ' os',
      'os',
      '.system',
      '(cmd)',
    ]);
  });
});
