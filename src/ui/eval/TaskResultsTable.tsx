// Every task against every configuration: secure or not, tests passed or not, and what revision did.
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { columnKeyFor } from '../../core/evaluation/summarise';

function Cell({ r }: { r: TaskResult | undefined }) {
  if (!r) return <td className="muted">…</td>;
  const title = [
    r.error?.message,
    r.functional?.error,
    r.securityTests?.error,
    r.findings.map((f) => `${f.cwe} line ${f.line}`).join(', '),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <td
      title={title}
      data-testid={`eval-cell-${r.id}-${r.config}`}
      data-secure={r.secure}
      data-passed={String(r.passed)}
      data-security={String(r.securityTestsPassed ?? null)}
    >
      {/* A failed run is no verdict: it shows its error code only (older records stored secure: false). */}
      {!r.error && (
        <span className={`chip ${r.secure ? 'ok' : 'warn'}`}>
          {r.secure ? 'secure' : `${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`}
        </span>
      )}
      {r.passed !== null && (
        <span className={`chip ${r.passed ? 'ok' : 'warn'}`}>
          {r.passed ? 'pass' : r.functional?.timedOut ? 'timed out' : 'fail'}
        </span>
      )}
      {/* The security tests' verdict: a second judge beside the analyser, only where the task has them. */}
      {typeof r.securityTestsPassed === 'boolean' && (
        <span className={`chip ${r.securityTestsPassed ? 'ok' : 'warn'}`} data-testid="security-chip">
          {r.securityTestsPassed ? 'attack blocked' : r.securityTests?.timedOut ? 'attack timed out' : 'attack worked'}
        </span>
      )}
      {r.revision && <span className="chip">{r.revision}</span>}
      {r.error && <span className="chip warn">{r.error.code}</span>}
    </td>
  );
}

export function TaskResultsTable({ results, configIds }: { results: TaskResult[]; configIds: string[] }) {
  const key = columnKeyFor(results);
  const columns = [...new Set([...results.map(key), ...configIds])];
  const ids = [...new Set(results.map((r) => r.id))];
  const find = (id: string, column: string) => results.find((r) => r.id === id && key(r) === column);
  return (
    <section className="eval-section">
      <h3>Per task</h3>
      <table className="eval-table" data-testid="eval-task-table">
        <thead>
          <tr>
            <th>Task</th>
            <th>Language</th>
            <th>CWE</th>
            {columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => {
            const any = results.find((r) => r.id === id);
            return (
              <tr key={id} data-testid={`eval-task-row-${id}`}>
                <td>{id}</td>
                <td>{any?.language}</td>
                <td>{any?.cwe ?? '—'}</td>
                {columns.map((c) => (
                  <Cell key={c} r={find(id, c)} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
