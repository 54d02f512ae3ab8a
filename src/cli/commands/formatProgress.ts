// One progress line on stderr per finished run: count, task, configuration, verdicts and time left.
import type { TaskResult } from '../../core/evaluation/TaskResult';

export function formatProgress(done: number, total: number, etaMs: number | null, r: TaskResult): string {
  const verdict = r.error
    ? `error ${r.error.code}`
    : `secure=${r.secure ? 'yes' : 'no'} passed=${r.passed === null ? '-' : r.passed ? 'yes' : 'no'}${securityVerdict(r)}${r.revision ? ` revision=${r.revision}` : ''}`;
  return `[${String(done).padStart(String(total).length)}/${total}] ${r.id} ${r.config} ${r.model}: ${verdict}${etaMs === null ? '' : `, ${formatEta(etaMs)} left`}`;
}

/** Only for tasks with security tests: their verdict is never inferred. */
function securityVerdict(r: TaskResult): string {
  return typeof r.securityTestsPassed === 'boolean' ? ` security-tests=${r.securityTestsPassed ? 'pass' : 'fail'}` : '';
}

export function formatEta(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(s % 60).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
