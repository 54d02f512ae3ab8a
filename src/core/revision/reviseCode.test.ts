import { describe, expect, it } from 'vitest';
import { ScriptedEngine } from '../../adapters/scripted/ScriptedEngine';
import type { AnalysisRecord } from '../analysis/Finding';
import type { AdvisorPort } from './AdvisorPort';
import type { Task } from '../task/Task';
import { reviseCode } from './reviseCode';

const task: Task = { id: 't', language: 'python', kind: 'nl', prompt: 'Ping a host.' };
const code = 'import os\nos.system("ping " + host)\n';
async function analyze(source: string): Promise<AnalysisRecord> {
  const findings = source.includes('os.system')
    ? [
        {
          rule: 'shell',
          cwe: 'CWE-78',
          severity: 'error' as const,
          message: 'shell',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 9,
        },
      ]
    : [];
  return { language: 'python', analyzer: 'fake', parsed: true, findings, suppressed: [] };
}
const advisor: AdvisorPort = {
  advise: async () => [
    { id: 'a1', cwe: 'CWE-78', language: 'python', title: 'Shells', score: 2, matched: ['os.system'] },
  ],
  texts: async (ids) => ids.map((id) => ({ id, title: 'Shells', answer: 'Pass a list.' })),
};

describe('reviseCode', () => {
  it('revises the code so the finding disappears (fix rate 1)', async () => {
    const engine = new ScriptedEngine({
      rules: [{ reply: '```python\nimport subprocess\nsubprocess.run(["ping", host])\n```' }],
    });
    const record = await reviseCode({ task, code, analysis: await analyze(code), engine, advisor, analyze });
    expect(record.status).toBe('revised');
    expect(record.findingsAfter).toEqual([]);
    expect(record.metrics).toMatchObject({ fixed: 1, introduced: 0, fixRate: 1, unchanged: false });
    expect(engine.requests[0]?.messages[1]?.content).toContain('Pass a list.');
  });

  it('keeps the code when the model answers that no change is needed', async () => {
    const engine = new ScriptedEngine({ rules: [{ reply: 'NO CHANGE NEEDED' }] });
    const record = await reviseCode({ task, code, analysis: await analyze(code), engine, advisor, analyze });
    expect(record.status).toBe('unchanged');
    expect(record.after).toBe(code);
    expect(record.metrics).toMatchObject({ fixed: 0, unchanged: true });
  });

  it('is skipped without a model but still records the advisories', async () => {
    const record = await reviseCode({ task, code, analysis: await analyze(code), engine: null, advisor, analyze });
    expect(record.status).toBe('skipped');
    expect(record.advisories[0]?.id).toBe('a1');
  });

  it('hands the advisor the CWEs of the analyser findings, once each', async () => {
    const asked: (readonly string[] | undefined)[] = [];
    const recording: AdvisorPort = { ...advisor, advise: async (c, l, k, cwes) => (asked.push(cwes), []) };
    const analysis = await analyze(code);
    const twice = { ...analysis, findings: [...analysis.findings, ...analysis.findings] };
    await reviseCode({ task, code, analysis: twice, engine: null, advisor: recording, analyze });
    expect(asked).toEqual([['CWE-78']]);
  });
});
