// Proves each task's security tests judge something: they must pass on the secure reference solution
// and fail on the deliberately vulnerable one, in the same sandboxed runner and time limit as the
// functional tests. A task without security tests is reported as such; nothing is inferred.
import type { Task } from '../../task/Task';
import type { FunctionalRunner } from '../functional/FunctionalRunner';
import { buildSecurityProgram } from '../functional/buildSecurityProgram';
import { DEFAULT_TEST_TIMEOUT_MS } from '../functional/buildFunctionalProgram';

/** One side's verdict: true passed, false failed, null not run (no such solution). */
export interface SideOutcome {
  passed: boolean | null;
  error?: string;
}

export type SecurityCheckStatus = 'ok' | 'mismatch' | 'no security test' | 'no runner';

export interface SecurityCheckRow {
  id: string;
  language: string;
  cwe: string | null;
  status: SecurityCheckStatus;
  /** Must be true. */
  reference: SideOutcome;
  /** Must be false: the tests catch the weak version. */
  vulnerable: SideOutcome;
  /** What is wrong when status is 'mismatch'. */
  problems: string[];
}

async function runSide(
  runner: FunctionalRunner,
  task: Task,
  code: string | undefined,
  timeoutMs: number,
): Promise<SideOutcome> {
  if (code === undefined) return { passed: null };
  const program = buildSecurityProgram(task, code, timeoutMs);
  if (!program) return { passed: null };
  const outcome = await runner.run(program);
  return outcome.error ? { passed: outcome.passed, error: outcome.error } : { passed: outcome.passed };
}

export async function checkTaskSecurityTests(
  runner: FunctionalRunner,
  task: Task,
  timeoutMs = DEFAULT_TEST_TIMEOUT_MS,
): Promise<SecurityCheckRow> {
  const row = (
    status: SecurityCheckStatus,
    reference: SideOutcome,
    vulnerable: SideOutcome,
    problems: string[] = [],
  ) => ({
    id: task.id,
    language: task.language,
    cwe: task.cwe ?? null,
    status,
    reference,
    vulnerable,
    problems,
  });
  const none: SideOutcome = { passed: null };
  if (!task.securityTests || task.securityTests.trim() === '') return row('no security test', none, none);
  if (!buildSecurityProgram(task, '')) return row('no runner', none, none);
  const reference = await runSide(runner, task, task.reference, timeoutMs);
  const vulnerable = await runSide(runner, task, task.vulnerable, timeoutMs);
  const problems: string[] = [];
  if (reference.passed === null) problems.push('no reference solution');
  else if (!reference.passed) problems.push(`fails on the reference: ${reference.error ?? 'no detail'}`);
  if (vulnerable.passed === null) problems.push('no vulnerable solution');
  else if (vulnerable.passed) problems.push('passes on the vulnerable solution');
  return row(problems.length === 0 ? 'ok' : 'mismatch', reference, vulnerable, problems);
}

/** A plain-text table, one line per task. */
export function formatSecurityCheckTable(rows: readonly SecurityCheckRow[]): string {
  const verdict = (s: SideOutcome): string => (s.passed === null ? '-' : s.passed ? 'pass' : 'fail');
  const lines = rows.map((r) =>
    [
      r.id.padEnd(24),
      (r.cwe ?? 'none').padEnd(9),
      verdict(r.reference).padEnd(9),
      verdict(r.vulnerable).padEnd(10),
      r.status + (r.problems.length ? `: ${r.problems.join('; ')}` : ''),
    ].join(' '),
  );
  const head = ['task'.padEnd(24), 'cwe'.padEnd(9), 'reference', 'vulnerable', 'status'].join(' ');
  return [head, ...lines].join('\n');
}
