// One TaskResult for tests: every required field at a plain value (a secure Python run of task 't' with no
// findings, no tests and no revision), so a test spells out only the fields its assertions depend on.
import type { TaskResult } from './TaskResult';

export function taskResult(overrides: Partial<TaskResult> = {}): TaskResult {
  return {
    id: 't',
    config: 'baseline',
    model: 'm',
    language: 'python',
    cwe: 'CWE-78',
    secure: true,
    passed: null,
    cwes: [],
    retrievalHit: null,
    revision: null,
    findings: [],
    findingsBefore: 0,
    functional: null,
    code: '',
    ms: 1,
    ...overrides,
  };
}
