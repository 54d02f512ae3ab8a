// Every task (and sample) against every configuration: secure or not, tests passed or not, and what revision
// did. Virtualised (only the rows in view are rendered), so K samples x several models x 4 configurations stays
// fast; a cell whose run kept its trace opens that trace in the trace view.
import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { resultGrid, sampleSuffix, type ResultRow } from './resultGrid';

/** Estimated row height in px (rows are measured once rendered). */
const ROW_PX = 28;

function Cell({ r, sample, onOpen }: { r: TaskResult | undefined; sample: number; onOpen: (r: TaskResult) => void }) {
  if (!r) return <td className="muted">…</td>;
  const title = [
    r.error?.message,
    r.functional?.error,
    r.securityTests?.error,
    r.findings.map((f) => `${f.cwe} line ${f.line}`).join(', '),
    r.trace ? 'click to open the trace' : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const open = r.trace ? () => onOpen(r) : undefined;
  return (
    <td
      title={title}
      data-testid={`eval-cell-${r.id}-${r.config}${sampleSuffix(sample)}`}
      data-secure={r.secure}
      data-passed={String(r.passed)}
      data-security={String(r.securityTestsPassed ?? null)}
      data-trace={r.trace ? 'yes' : undefined}
      className={open ? 'eval-cell-open' : undefined}
      onClick={open}
      onKeyDown={open ? (e) => e.key === 'Enter' && open() : undefined}
      tabIndex={open ? 0 : undefined}
      role={open ? 'button' : undefined}
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

interface TableProps {
  results: TaskResult[];
  configIds: string[];
  /** Opens a run's stored trace; cells are clickable only with it. */
  onOpenTrace?: (result: TaskResult) => void;
}

export function TaskResultsTable({ results, configIds, onOpenTrace }: TableProps) {
  const grid = useMemo(() => resultGrid(results, configIds), [results, configIds]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: grid.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    // Enough rows past the edges that small suites render whole and scrolling never shows a gap.
    overscan: 30,
    initialRect: { width: 800, height: 600 },
    getItemKey: (index) => grid.rows[index]!.key,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const width = 3 + (grid.samples > 1 ? 1 : 0) + grid.columns.length;
  const open = onOpenTrace ?? (() => {});
  return (
    <section className="eval-section">
      <h3>Per task</h3>
      <div className="eval-table-scroll" ref={scroller} data-testid="eval-task-scroll">
        <table className="eval-table" data-testid="eval-task-table" data-rows={grid.rows.length}>
          <thead>
            <tr>
              <th>Task</th>
              {grid.samples > 1 && <th>Sample</th>}
              <th>Language</th>
              <th>CWE</th>
              {grid.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {before > 0 && (
              <tr aria-hidden style={{ height: before }}>
                {<td colSpan={width} />}
              </tr>
            )}
            {items.map((item) => (
              <Row
                key={item.key}
                row={grid.rows[item.index]!}
                index={item.index}
                columns={grid.columns}
                showSample={grid.samples > 1}
                measure={virtualizer.measureElement}
                onOpen={open}
              />
            ))}
            {after > 0 && (
              <tr aria-hidden style={{ height: after }}>
                {<td colSpan={width} />}
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface RowProps {
  row: ResultRow;
  index: number;
  columns: string[];
  showSample: boolean;
  measure: (element: Element | null) => void;
  onOpen: (r: TaskResult) => void;
}

function Row({ row, index, columns, showSample, measure, onOpen }: RowProps) {
  return (
    <tr ref={measure} data-index={index} data-testid={`eval-task-row-${row.id}${sampleSuffix(row.sample)}`}>
      <td>{row.id}</td>
      {showSample && <td>{row.sample}</td>}
      <td>{row.language}</td>
      <td>{row.cwe ?? '—'}</td>
      {columns.map((c) => (
        <Cell key={c} r={row.cells.get(c)} sample={row.sample} onOpen={onOpen} />
      ))}
    </tr>
  );
}
