import { describe, expect, it } from 'vitest';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { formatProgress } from './formatProgress';

const r: TaskResult = {
  id: 'py-ping-host',
  config: 'baseline',
  model: 'm',
  language: 'python',
  cwe: 'CWE-78',
  secure: false,
  passed: true,
  cwes: [],
  retrievalHit: null,
  revision: null,
  findings: [],
  findingsBefore: 0,
  functional: null,
  code: '',
  ms: 1,
};

describe('formatProgress', () => {
  it('shows the security tests verdict only for tasks that have them', () => {
    expect(formatProgress(1, 2, null, r)).toBe('[1/2] py-ping-host baseline m: secure=no passed=yes');
    expect(formatProgress(1, 2, 5000, { ...r, securityTestsPassed: false })).toBe(
      '[1/2] py-ping-host baseline m: secure=no passed=yes security-tests=fail, 5s left',
    );
    expect(formatProgress(2, 2, null, { ...r, securityTestsPassed: null })).not.toContain('security');
  });
});
