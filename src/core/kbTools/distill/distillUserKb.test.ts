// RESCUE-style distillation with the scripted engine: batches of at most 10 pairs, summaries
// merged until one list remains, every prompt and reply recorded.
import { describe, expect, it } from 'vitest';
import { ScriptedEngine } from '../../../adapters/scripted/ScriptedEngine';
import type { ArtefactExample } from '../../kb/knowledgeArtefactSchema';
import { finishUserKb } from '../ingest/finishUserKb';
import { parseUserKb } from '../ingest/parseUserKb';
import type { UserKb } from '../ingest/userKbSchema';
import { distillUserKb } from './distillUserKb';
import { balancedBatches, plannedCalls } from './balancedBatches';

function example(cwe: string, n: number): ArtefactExample {
  const code = `def f${n}(x):\n    return run(x)\n`;
  return {
    id: `user:${cwe}-python-${n}`,
    cwe,
    language: 'python',
    task: `task ${n}`,
    description: `pair ${n}`,
    vulnerable: { code, sliced: false },
    fixed: { code: code.replace('run(x)', 'run([x])'), sliced: false },
    apis: ['run'],
  };
}

function userKb(sizes: Record<string, number>): UserKb {
  const cwes = Object.entries(sizes).map(([id, n]) => ({
    id,
    name: id,
    description: 'd',
    cause: '',
    languages: ['python' as const],
    operations: [],
    related: [],
    markers: {},
    guidelines: [],
    examples: Array.from({ length: n }, (_, i) => example(id, i + 1)),
  }));
  return finishUserKb({
    name: 't',
    cwes,
    report: { pairs: 0, sliced: 0, unsliced: 0, unslicedReasons: {}, problems: [] },
    distillation: { status: 'skipped', reason: 'x' },
  });
}

const SCRIPT = {
  rules: [
    {
      match: 'Merge them',
      reply:
        'CAUSE: Input reached a command runner unchecked.\nGUIDELINES:\n- Pass arguments as a list.\n- Validate names against an allow-list.',
    },
    { match: 'CWE-22', reply: 'I cannot help with that.' },
    {
      reply:
        '**CAUSE:** The runner got a string.\n**GUIDELINES:**\n1. Pass arguments as a list.\n2. pass arguments as a list!\n3. Never use a shell.',
    },
  ],
};

describe('distillUserKb', () => {
  it('summarises 23 pairs in three balanced batches, then merges them into one list', async () => {
    const engine = new ScriptedEngine(SCRIPT);
    const kb = await distillUserKb(userKb({ 'CWE-78': 23 }), engine);
    expect(engine.requests).toHaveLength(4);
    const prompts = engine.requests.map((r) => r.messages.at(-1)!.content);
    expect(prompts.slice(0, 3).map((p) => p.match(/### Fix \d+/g)!.length)).toEqual([8, 8, 7]);
    expect(prompts[3]).toMatch(/Below are 3 summaries/);
    const cwe = kb.cwes[0]!;
    expect(cwe.cause).toBe('Input reached a command runner unchecked.');
    expect(cwe.guidelines.map((g) => [g.id, g.text])).toEqual([
      ['user:CWE-78-g1', 'Pass arguments as a list.'],
      ['user:CWE-78-g2', 'Validate names against an allow-list.'],
    ]);
    if (kb.distillation.status !== 'done') throw new Error('expected a distillation');
    expect(kb.distillation.calls.map((c) => [c.level, c.batch, c.inputs.length])).toEqual([
      [0, 0, 8],
      [0, 1, 8],
      [0, 2, 7],
      [1, 0, 3],
    ]);
    expect(kb.distillation.calls[0]!.parsed?.guidelines).toEqual(['Pass arguments as a list.', 'Never use a shell.']);
    expect(parseUserKb(JSON.stringify(kb)).version).toBe(kb.version);
  });

  it('uses one call for a CWE with at most 10 pairs, and records a reply without a list as an error', async () => {
    const engine = new ScriptedEngine(SCRIPT);
    const kb = await distillUserKb(userKb({ 'CWE-22': 4, 'CWE-89': 10 }), engine);
    if (kb.distillation.status !== 'done') throw new Error('expected a distillation');
    expect(kb.distillation.calls.map((c) => [c.cwe, c.level, c.error ?? 'ok'])).toEqual([
      ['CWE-22', 0, 'the reply has no GUIDELINES list'],
      ['CWE-89', 0, 'ok'],
    ]);
    expect(kb.cwes[0]!.guidelines).toEqual([]);
    expect(kb.cwes[1]!.guidelines.map((g) => g.text)).toEqual(['Pass arguments as a list.', 'Never use a shell.']);
    expect(kb.cwes[1]!.cause).toBe('The runner got a string.');
  });

  it('never batches more than 10 and plans the number of calls', () => {
    expect(balancedBatches(Array.from({ length: 204 }), 10).every((b) => b.length <= 10 && b.length >= 9)).toBe(true);
    expect(plannedCalls(204, 10)).toBe(21 + 3 + 1);
    expect(plannedCalls(7, 10)).toBe(1);
    expect(plannedCalls(0, 10)).toBe(0);
  });
});
