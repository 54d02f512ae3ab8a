// Security tests use the functional-test contract and runner (buildFunctionalProgram): the same
// preparation of the code, sandbox and time limit, with the task's `securityTests` as the tests.
import type { Task } from '../../task/Task';
import type { FunctionalProgram } from './FunctionalRunner';
import { buildFunctionalProgram, DEFAULT_TEST_TIMEOUT_MS } from './buildFunctionalProgram';

/** The security-test program for a task, or null when it has none (never inferred) or no runner. */
export function buildSecurityProgram(
  task: Task,
  code: string,
  timeoutMs = DEFAULT_TEST_TIMEOUT_MS,
): FunctionalProgram | null {
  if (!task.securityTests || task.securityTests.trim() === '') return null;
  return buildFunctionalProgram({ ...task, tests: task.securityTests }, code, timeoutMs);
}
