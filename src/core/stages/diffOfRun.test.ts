import { describe, expect, it } from 'vitest';
import type { Finding } from '../analysis/Finding';
import type { RunRecords } from './diffOfRun';
import { diffOfRun } from './diffOfRun';

const finding: Finding = {
  rule: 'shell',
  cwe: 'CWE-78',
  severity: 'error',
  message: 'm',
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 3,
};
const base = (extra: Partial<RunRecords>): RunRecords => ({
  generation: {
    source: 'model',
    engine: 'x',
    model: null,
    text: 'a',
    code: 'a',
    tokens: [],
    finishReason: 'stop',
    usage: null,
    prompt: 'knowledge',
  },
  analysis: { language: 'python', analyzer: 'f', parsed: true, findings: [finding], suppressed: [] },
  ...extra,
});
const revision = (status: 'revised' | 'skipped', after: string, findingsAfter: Finding[]) => ({
  status,
  advisories: [],
  before: 'a',
  after,
  findingsBefore: [finding],
  findingsAfter,
});

describe('diffOfRun (the final code and its metrics, worked out once)', () => {
  it('compares the generated findings with the final ones', () => {
    const diff = diffOfRun(base({ revision: revision('revised', 'b', []) }));
    expect(diff.final?.metrics).toMatchObject({ fixed: 1, introduced: 0, unchanged: false, fixRate: 1 });
    expect(diff.after).toBe('b');
    expect(diff.final?.findings).toEqual([]);
  });

  it('is null when neither revision nor critique ran', () => {
    const diff = diffOfRun(base({ revision: revision('skipped', 'a', [finding]) }));
    expect(diff.final?.metrics).toBeNull();
    expect(diff.final?.findings).toEqual([finding]);
  });

  it('counts code that differs only in trailing spaces as unchanged', () => {
    const diff = diffOfRun(base({ revision: revision('revised', 'a  \n', [finding]) }));
    expect(diff.changed).toBe(true);
    expect(diff.final?.metrics).toMatchObject({ fixed: 0, introduced: 0, unchanged: true });
  });

  it('records no final findings when the generated code was not analysed', () => {
    const diff = diffOfRun({ ...base({}), analysis: undefined });
    expect(diff.after).toBe('a');
    expect(diff.final).toBeUndefined();
  });
});
