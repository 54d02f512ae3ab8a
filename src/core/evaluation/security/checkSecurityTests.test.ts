import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Task } from '../../task/Task';
import type { FunctionalRunner } from '../functional/FunctionalRunner';
import { NodeFunctionalRunner } from '../../../adapters/node/functional/NodeFunctionalRunner';
import { checkTaskSecurityTests, formatSecurityCheckTable } from './checkSecurityTests';

const task: Task = {
  id: 't',
  language: 'javascript',
  kind: 'nl',
  prompt: '',
  cwe: 'CWE-79',
  entry: 'f',
  securityTests: 'attack',
  reference: 'SAFE',
  vulnerable: 'WEAK',
};

// Passes the security tests on code containing SAFE: enough to tell the sides apart without a sandbox.
const fake: FunctionalRunner = {
  async run(program) {
    const passed = program.code.includes('SAFE');
    return passed ? { passed, ms: 1, timedOut: false } : { passed, ms: 1, timedOut: false, error: 'attack worked' };
  },
};

describe('checkTaskSecurityTests', () => {
  it('is ok when the reference passes and the vulnerable version fails', async () => {
    const row = await checkTaskSecurityTests(fake, task);
    expect(row).toMatchObject({ status: 'ok', reference: { passed: true }, vulnerable: { passed: false } });
    expect(formatSecurityCheckTable([row])).toMatch(/t\s+CWE-79\s+pass\s+fail\s+ok/);
  });

  it('reports a mismatch when the tests cannot fail, or fail the reference, or a side is missing', async () => {
    expect((await checkTaskSecurityTests(fake, { ...task, vulnerable: 'SAFE too' })).problems).toEqual([
      'passes on the vulnerable solution',
    ]);
    const both = await checkTaskSecurityTests(fake, { ...task, reference: 'WEAK', vulnerable: undefined });
    expect(both.status).toBe('mismatch');
    expect(both.problems).toEqual(['fails on the reference: attack worked', 'no vulnerable solution']);
  });

  it('says "no security test" for a task without one, never inferring it', async () => {
    const row = await checkTaskSecurityTests(fake, { ...task, securityTests: undefined });
    expect(row).toMatchObject({
      status: 'no security test',
      reference: { passed: null },
      vulnerable: { passed: null },
    });
    expect((await checkTaskSecurityTests(fake, { ...task, language: 'go' })).status).toBe('no runner');
  });

  it("catches a gallery task's vulnerable version in the real sandbox (Deno)", async () => {
    const gallery = parse(readFileSync('kb/tasks/js-upload-name.yaml', 'utf8')) as Task;
    const row = await checkTaskSecurityTests(new NodeFunctionalRunner(), gallery, 5000);
    expect(row.status).toBe('ok');
    expect(row.vulnerable.error).toContain('stored "evil.html" as abc123.html');
  }, 60_000);

  it('covers every Python and JavaScript gallery task with security tests and a vulnerable version', () => {
    const tasks = readdirSync('kb/tasks').map((f) => parse(readFileSync(`kb/tasks/${f}`, 'utf8')) as Task);
    const runnable = tasks.filter((t) => t.language === 'python' || t.language === 'javascript');
    expect(runnable.length).toBeGreaterThanOrEqual(30);
    expect(runnable.filter((t) => !t.securityTests || !t.vulnerable).map((t) => t.id)).toEqual([]);
  });
});
