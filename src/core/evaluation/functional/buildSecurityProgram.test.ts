import { describe, expect, it } from 'vitest';
import type { Task } from '../../task/Task';
import { buildSecurityProgram } from './buildSecurityProgram';

const task: Task = {
  id: 't',
  language: 'javascript',
  kind: 'nl',
  prompt: '',
  entry: 'f',
  tests: 'assert(f("a") === "a");',
  securityTests: 'assert(f("../x") === null);',
};

describe('buildSecurityProgram', () => {
  it('runs the security tests, not the functional ones, with the same preparation', () => {
    const program = buildSecurityProgram(task, 'export function f(x) { return x; }', 700);
    expect(program).toMatchObject({ language: 'javascript', entry: 'f', timeoutMs: 700 });
    expect(program?.tests).toBe(task.securityTests);
    expect(program?.code).toBe('function f(x) { return x; }');
  });

  it('is null when the task has no security test or its language no runner', () => {
    expect(buildSecurityProgram({ ...task, securityTests: undefined }, 'x')).toBeNull();
    expect(buildSecurityProgram({ ...task, securityTests: ' \n' }, 'x')).toBeNull();
    expect(buildSecurityProgram({ ...task, language: 'go' }, 'x')).toBeNull();
  });
});
