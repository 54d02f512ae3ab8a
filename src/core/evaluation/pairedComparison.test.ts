// Paired comparison of two configurations per task, with the exact McNemar p-value.
import { describe, expect, it } from 'vitest';
import type { TaskResult } from './TaskResult';
import { taskResult } from './taskResultTestKit';
import { compareConfigs, pairedComparisons } from './pairedComparison';

function run(id: string, config: string, secure: boolean, patch: Partial<TaskResult> = {}): TaskResult {
  return taskResult({ id, config, cwe: null, secure, ...patch });
}

const ids = Array.from({ length: 10 }, (_, i) => `t${i}`);

describe('pairedComparison', () => {
  it('counts tasks each configuration wins and tests the discordant ones', () => {
    // rescue secure on all 10 tasks, baseline on 2 of them (t0, t1): 8 rescue wins, 0 baseline wins, 2 ties.
    const results = ids.flatMap((id, i) => [run(id, 'baseline', i < 2), run(id, 'rescue', true)]);
    const c = compareConfigs(results, 'm', 'baseline', 'rescue', 'secure');
    expect(c).toMatchObject({ tasks: 10, aBetter: 0, bBetter: 8, ties: 2, significant: true });
    // 2 / 2^8.
    expect(c.pValue).toBeCloseTo(2 / 256, 5);
  });

  it('calls a small gain noise, and compares per-task shares across samples', () => {
    // Two tasks, two samples each: rescue's share 1 vs 0.5 on t0, equal on t1.
    const results = [
      run('t0', 'baseline', true, { sample: 0 }),
      run('t0', 'baseline', false, { sample: 1 }),
      run('t0', 'rescue', true, { sample: 0 }),
      run('t0', 'rescue', true, { sample: 1 }),
      run('t1', 'baseline', false),
      run('t1', 'rescue', false),
    ];
    const c = compareConfigs(results, 'm', 'baseline', 'rescue', 'secure');
    expect(c).toMatchObject({ tasks: 2, aBetter: 0, bBetter: 1, ties: 1, pValue: 1, significant: false });
  });

  it('leaves failed runs out and compares every configuration with the baseline', () => {
    const failed = { error: { code: 'TIMEOUT' as const, message: 'x' } };
    const results = [
      run('t0', 'rescue', true),
      run('t0', 'baseline', false),
      run('t0', 'critique', false, failed),
      run('t1', 'rescue', true),
      run('t1', 'baseline', true),
      run('t1', 'critique', true),
    ];
    const all = pairedComparisons(results);
    expect(all.map((c) => `${c.a}>${c.b}:${c.metric}:${c.tasks}`)).toEqual([
      'baseline>rescue:secure:2',
      'baseline>critique:secure:1',
    ]);
  });

  it('compares secure-pass only on tasks with functional tests', () => {
    const results = [
      run('t0', 'baseline', true, { passed: false }),
      run('t0', 'rescue', true, { passed: true }),
      run('t1', 'baseline', true),
      run('t1', 'rescue', false),
    ];
    expect(compareConfigs(results, 'm', 'baseline', 'rescue', 'securePass')).toMatchObject({ tasks: 1, bBetter: 1 });
  });
});
