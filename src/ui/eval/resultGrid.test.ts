import { describe, expect, it } from 'vitest';
import { resultGrid, sampleSuffix } from './resultGrid';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { taskResult } from '../../core/evaluation/taskResultTestKit';

const r = (id: string, config: string, sample: number, model = 'm'): TaskResult =>
  taskResult({ id, config, model, sample });

describe('resultGrid', () => {
  it('makes one row per (task, sample) in task order, samples in order, with a cell per configuration', () => {
    const results = [r('b', 'baseline', 1), r('a', 'baseline', 0), r('b', 'baseline', 0), r('b', 'rescue', 1)];
    const grid = resultGrid(results, ['baseline', 'rescue', 'critique']);
    expect(grid.columns).toEqual(['baseline', 'rescue', 'critique']);
    expect(grid.rows.map((row) => `${row.id}#${row.sample}`)).toEqual(['b#0', 'b#1', 'a#0']);
    expect(grid.samples).toBe(2);
    expect(grid.rows[1]!.cells.get('rescue')).toBe(results[3]);
    expect(grid.rows[0]!.cells.get('rescue')).toBeUndefined();
  });

  it('keys columns by model and configuration when several models ran', () => {
    const grid = resultGrid([r('a', 'baseline', 0, 'x'), r('a', 'baseline', 0, 'y')], []);
    expect(grid.columns).toEqual(['x/baseline', 'y/baseline']);
    expect(grid.rows).toHaveLength(1);
    expect(grid.samples).toBe(1);
  });

  it('fills every cell of a large table', () => {
    const results = Array.from({ length: 60 }, (_, t) =>
      Array.from({ length: 10 }, (_, s) => ['baseline', 'rescue'].map((c) => r(`t${t}`, c, s))),
    ).flat(2);
    const grid = resultGrid(results, []);
    expect(grid.rows).toHaveLength(600);
    expect(grid.rows.every((row) => row.cells.size === 2)).toBe(true);
  });

  it('adds a sample suffix to test ids only past the first sample', () => {
    expect(sampleSuffix(0)).toBe('');
    expect(sampleSuffix(3)).toBe('-s3');
  });
});
