import { describe, expect, it } from 'vitest';
import { taskResult } from '../../core/evaluation/taskResultTestKit';
import { formatProgress } from './formatProgress';

const r = taskResult({ id: 'py-ping-host', secure: false, passed: true });

describe('formatProgress', () => {
  it('shows the security tests verdict only for tasks that have them', () => {
    expect(formatProgress(1, 2, null, r)).toBe('[1/2] py-ping-host baseline m: secure=no passed=yes');
    expect(formatProgress(1, 2, 5000, { ...r, securityTestsPassed: false })).toBe(
      '[1/2] py-ping-host baseline m: secure=no passed=yes security-tests=fail, 5s left',
    );
    expect(formatProgress(2, 2, null, { ...r, securityTestsPassed: null })).not.toContain('security');
  });
});
