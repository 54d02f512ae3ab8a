// The results table's shape: one row per (task, sample), one column per configuration (per model and
// configuration with several models), each cell found in a map so a large table builds in linear time.
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { columnKeyFor } from '../../core/evaluation/summarise';

export interface ResultRow {
  /** Unique per row: the task id, with the sample after it when there are several. */
  key: string;
  id: string;
  sample: number;
  language: string;
  cwe: string | null;
  cells: Map<string, TaskResult>;
}

export interface ResultGrid {
  columns: string[];
  rows: ResultRow[];
  /** Most samples of any task: above 1 the table shows a sample column. */
  samples: number;
}

export function resultGrid(results: readonly TaskResult[], configIds: readonly string[]): ResultGrid {
  const column = columnKeyFor(results);
  const columns = [...new Set([...results.map(column), ...configIds])];
  const rows = new Map<string, ResultRow>();
  let samples = 1;
  for (const r of results) {
    const sample = r.sample ?? 0;
    samples = Math.max(samples, sample + 1);
    const key = JSON.stringify([r.id, sample]);
    let row = rows.get(key);
    if (!row) {
      row = { key, id: r.id, sample, language: r.language, cwe: r.cwe, cells: new Map() };
      rows.set(key, row);
    }
    row.cells.set(column(r), r);
  }
  // Task order as the results first name them, samples in order under each task.
  const taskOrder = new Map<string, number>();
  for (const r of results) if (!taskOrder.has(r.id)) taskOrder.set(r.id, taskOrder.size);
  const sorted = [...rows.values()].sort((a, b) => taskOrder.get(a.id)! - taskOrder.get(b.id)! || a.sample - b.sample);
  return { columns, rows: sorted, samples };
}

/** The test id suffix of a row or cell: the sample is added only past the first, so K = 1 ids stay as they were. */
export function sampleSuffix(sample: number): string {
  return sample > 0 ? `-s${sample}` : '';
}
