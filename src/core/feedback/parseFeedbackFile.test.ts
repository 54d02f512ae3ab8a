import { describe, expect, it } from 'vitest';
import { feedbackFile, parseFeedbackFile } from './parseFeedbackFile';
import { findingFeedback } from './newFeedbackEntry';

const trace = { runId: 'run-1', task: { id: 't', language: 'python' as const, kind: 'nl' as const, prompt: 'p' } };
const entry = findingFeedback(
  'fb-1',
  trace,
  {
    rule: 'r',
    cwe: 'CWE-78',
    severity: 'error',
    message: 'm',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    snippet: 'os.system(x)',
  },
  'false-positive',
  'n',
  new Date(0),
);

describe('parseFeedbackFile', () => {
  it('reads back what feedbackFile writes', () => {
    expect(parseFeedbackFile(feedbackFile([entry]))).toEqual([entry]);
  });

  it('refuses non-JSON, a foreign schema, a verdict that does not fit its target, and an oversized file', () => {
    expect(() => parseFeedbackFile('not json')).toThrow(/not valid JSON/);
    expect(() => parseFeedbackFile('{"schema":"other","version":1,"entries":[]}')).toThrow(/not a feedback export/);
    const wrong = JSON.parse(feedbackFile([entry])) as { entries: { verdict: string }[] };
    wrong.entries[0]!.verdict = 'accept';
    expect(() => parseFeedbackFile(JSON.stringify(wrong))).toThrow(/not a feedback export/);
    expect(() => parseFeedbackFile('{}', 3 * 1024 * 1024)).toThrow(/too large/);
  });
});
