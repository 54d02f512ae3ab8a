import { describe, expect, it } from 'vitest';
import type { RunTrace } from '../trace';
import type { Finding } from '../analysis/Finding';
import { runRevisionMetrics } from './runRevisionMetrics';

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
const base = (extra: RunTrace['stages']): Pick<RunTrace, 'stages'> => ({
  stages: [
    {
      stage: 'generation',
      status: 'ok',
      ms: 1,
      output: {
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
    },
    {
      stage: 'analysis',
      status: 'ok',
      ms: 1,
      output: { language: 'python', analyzer: 'f', parsed: true, findings: [finding], suppressed: [] },
    },
    ...extra,
  ],
});

describe('runRevisionMetrics', () => {
  it('compares the generated findings with the final ones', () => {
    const m = runRevisionMetrics(
      base([
        {
          stage: 'revision',
          status: 'ok',
          ms: 1,
          output: {
            status: 'revised',
            advisories: [],
            before: 'a',
            after: 'b',
            findingsBefore: [finding],
            findingsAfter: [],
          },
        },
      ]),
    );
    expect(m).toMatchObject({ fixed: 1, introduced: 0, unchanged: false, fixRate: 1 });
  });

  it('is null when neither revision nor critique ran', () => {
    expect(
      runRevisionMetrics(
        base([
          {
            stage: 'revision',
            status: 'ok',
            ms: 1,
            output: {
              status: 'skipped',
              advisories: [],
              before: 'a',
              after: 'a',
              findingsBefore: [finding],
              findingsAfter: [finding],
            },
          },
        ]),
      ),
    ).toBeNull();
  });
});
