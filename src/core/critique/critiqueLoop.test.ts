import { describe, expect, it } from 'vitest';
import { ScriptedEngine } from '../../adapters/scripted/ScriptedEngine';
import type { AnalysisRecord } from '../analysis/Finding';
import type { Task } from '../task/Task';
import { critiqueLoop } from './critiqueLoop';

const task: Task = { id: 't', language: 'python', kind: 'nl', prompt: 'Ping a host.' };

/** Flags any line with os.system or eval; enough to see the loop react to findings. */
async function analyze(code: string): Promise<AnalysisRecord> {
  const findings = code.split('\n').flatMap((line, i) =>
    /os\.system|eval\(/.test(line)
      ? [
          {
            rule: 'r',
            cwe: 'CWE-78',
            severity: 'error' as const,
            message: 'shell',
            line: i + 1,
            column: 1,
            endLine: i + 1,
            endColumn: 2,
          },
        ]
      : [],
  );
  return { language: 'python', analyzer: 'fake', parsed: true, findings, suppressed: [] };
}

describe('critiqueLoop', () => {
  it('stops after the first critique when the analyser is clean and the critique finds nothing', async () => {
    const engine = new ScriptedEngine({
      rules: [{ match: 'Critique this', reply: 'NO ISSUES FOUND' }, { reply: '```python\nbad()\n```' }],
    });
    const record = await critiqueLoop({ task, code: 'safe()\n', findings: [], rounds: 3, engine, analyze });
    expect(record.stoppedBecause).toBe('clean');
    expect(record.rounds).toHaveLength(1);
    expect(record.rounds[0]?.outcome).toBe('stopped');
    expect(engine.requests).toHaveLength(1);
    expect(record.after).toBe('safe()\n');
  });

  it('improves until clean, recording each round with its diff and metrics', async () => {
    const engine = new ScriptedEngine({
      rules: [
        { match: 'Critique this[\\s\\S]*os\\.system', reply: '- CWE-78 line 1: the host reaches a shell' },
        { match: 'Critique this', reply: 'No issues found.' },
        { match: 'Improve this', reply: '```python\nsubprocess.run(["ping", host])\n```' },
      ],
    });
    const record = await critiqueLoop({
      task,
      code: 'os.system("ping " + host)\n',
      findings: (await analyze('os.system(x)')).findings,
      rounds: 5,
      engine,
      analyze,
    });
    expect(record.rounds.map((r) => r.outcome)).toEqual(['improved', 'stopped']);
    expect(record.rounds[0]?.issues).toEqual(['CWE-78 line 1: the host reaches a shell']);
    expect(record.rounds[0]?.diff.changed).toBe(true);
    expect(record.rounds[0]?.metrics).toMatchObject({ fixed: 1, introduced: 0 });
    expect(record.stoppedBecause).toBe('clean');
    expect(record.findingsAfter).toEqual([]);
    expect(record.metrics.fixRate).toBe(1);
  });

  it('runs all N rounds while findings remain', async () => {
    const engine = new ScriptedEngine({
      rules: [
        { match: 'Critique this', reply: '1. eval of input (CWE-94)' },
        { match: 'Improve this', reply: '```python\nx = eval(data)\n```' },
      ],
    });
    const record = await critiqueLoop({
      task,
      code: 'y = eval(data)\n',
      findings: (await analyze('eval(')).findings,
      rounds: 3,
      engine,
      analyze,
    });
    expect(record.rounds).toHaveLength(3);
    expect(record.stoppedBecause).toBe('max-rounds');
    expect(record.rounds.map((r) => r.outcome)).toEqual(['improved', 'unchanged', 'unchanged']);
  });

  it('caps rounds at 5 and is skipped without a model or with 0 rounds', async () => {
    const engine = new ScriptedEngine({
      rules: [{ match: 'Critique this', reply: '- still bad' }, { reply: 'NO CHANGE NEEDED' }],
    });
    const capped = await critiqueLoop({
      task,
      code: 'eval(a)\n',
      findings: (await analyze('eval(')).findings,
      rounds: 9,
      engine,
      analyze,
    });
    expect(capped.rounds).toHaveLength(5);
    expect(capped.maxRounds).toBe(5);
    const none = await critiqueLoop({ task, code: 'a\n', findings: [], rounds: 2, engine: null, analyze });
    expect(none.status).toBe('skipped');
    expect(none.reason).toContain('No model');
    const off = await critiqueLoop({ task, code: 'a\n', findings: [], rounds: 0, engine, analyze });
    expect(off.status).toBe('skipped');
  });
});
