import { describe, expect, it } from 'vitest';
import { chooseThresholds, evaluateThresholds, type LabelledScores } from './chooseThresholds';
import { fuseRanks } from './fuseRanks';

const settings = { alpha: 60, rankCap: 10 };
const ids = ['A', 'B', 'C'];
const task = (labels: string[], text: [string, number][], api: [string, number][]): LabelledScores => ({
  labels,
  scores: new Map([
    ['text', new Map(text)],
    ['api', new Map(api)],
  ]),
});

// The text facet prefers a wrong item on task 1; the api facet knows better but is noisy on the neutral task.
const TASKS = [
  task(
    ['A'],
    [
      ['B', 5],
      ['A', 4],
    ],
    [['A', 2]],
  ),
  task(
    ['C'],
    [
      ['C', 6],
      ['A', 1],
    ],
    [],
  ),
  task([], [['B', 1]], [['B', 0.5]]),
];

describe('chooseThresholds', () => {
  it('ranks by every facet whatever the cuts; the cuts decide which of the top 4 are injected', () => {
    // Task 1: A leads on full ranks (text #2 + api #1) under any cut; it is injected only when one of its scores passes.
    expect(evaluateThresholds(ids, TASKS, { text: 3, api: 3 }, settings)).toMatchObject({
      top1: 2,
      top4: 2,
      injected: 2,
      none: 1,
    });
    expect(evaluateThresholds(ids, TASKS, { text: 4.5, api: 3 }, settings)).toMatchObject({ top1: 2, injected: 1 });
    expect(evaluateThresholds(ids, TASKS, { text: 4.5, api: 1 }, settings)).toMatchObject({ injected: 2 });
    // Cuts low enough for the neutral task's weak scores to pass inject knowledge there.
    expect(evaluateThresholds(ids, TASKS, { text: 0.5, api: 0.4 }, settings)).toMatchObject({ none: 0 });
  });

  it('keeps the most labelled injections that still leave neutral tasks silent, preferring stricter cuts on ties', () => {
    const best = chooseThresholds(ids, TASKS, { text: [0.5, 3, 4.5], api: [0.4, 1, 3] }, settings, 1);
    expect(best).toMatchObject({ thresholds: { text: 4.5, api: 1 }, injected: 2, none: 1 });
  });

  it('returns null when no combination meets the silence constraint', () => {
    expect(chooseThresholds(ids, TASKS, { text: [0.5], api: [0.4] }, settings, 1)).toBeNull();
  });

  it("agrees with fuseRanks 'full' on every task (it only precomputes the ranks)", () => {
    let seed = 7;
    const rand = (): number => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const many = Array.from({ length: 30 }, (_, t): LabelledScores => ({
      labels: t % 5 === 0 ? [] : [ids[t % 3]!],
      scores: new Map(
        ['x', 'y'].map((f) => [f, new Map(ids.map((id) => [id, rand() < 0.3 ? 0 : Math.round(rand() * 4) / 2]))]),
      ),
    }));
    const thresholds = { x: 1, y: 0.5 };
    let top1 = 0;
    let top4 = 0;
    let injected = 0;
    let none = 0;
    for (const task of many) {
      const fused = fuseRanks(
        ids,
        [...task.scores].map(([facet, scores]) => ({ facet, scores, threshold: thresholds[facet as 'x' | 'y'] })),
        { alpha: 60, rankCap: 2 },
        'full',
      );
      const chosen = fused.slice(0, 4).filter((f) => f.passed);
      if (task.labels.length === 0) {
        if (chosen.length === 0) none += 1;
        continue;
      }
      if (task.labels.includes(fused[0]!.id)) top1 += 1;
      if (fused.slice(0, 4).some((f) => task.labels.includes(f.id))) top4 += 1;
      if (chosen.some((f) => task.labels.includes(f.id))) injected += 1;
    }
    expect(evaluateThresholds(ids, many, thresholds, { alpha: 60, rankCap: 2 })).toMatchObject({
      top1,
      top4,
      injected,
      none,
    });
  });
});
