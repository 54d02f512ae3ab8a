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
  it('evaluates recall and neutral silence for a given set of cuts', () => {
    // The api facet's vote lifts A above B on task 1 only when it passes.
    expect(evaluateThresholds(ids, TASKS, { text: 3, api: 3 }, settings)).toMatchObject({ top1: 1, top4: 2, none: 1 });
    expect(evaluateThresholds(ids, TASKS, { text: 3, api: 1 }, settings)).toMatchObject({ top1: 2, top4: 2, none: 1 });
    // Cuts low enough for the neutral task's weak scores to pass inject knowledge there.
    expect(evaluateThresholds(ids, TASKS, { text: 0.5, api: 0.4 }, settings)).toMatchObject({ top1: 2, none: 0 });
  });

  it('keeps the best recall that still leaves neutral tasks silent, preferring stricter cuts on ties', () => {
    const best = chooseThresholds(ids, TASKS, { text: [0.5, 3], api: [0.4, 1, 3] }, settings, 1);
    expect(best).toMatchObject({ thresholds: { text: 3, api: 1 }, top1: 2, top4: 2, none: 1 });
    // text 3 and text 7 give the same recall here (task 2's C still leads on ungated ranks): the stricter wins.
    expect(chooseThresholds(ids, TASKS, { text: [0.5, 3, 7], api: [1] }, settings, 1)!.thresholds).toEqual({
      text: 7,
      api: 1,
    });
  });

  it('returns null when no combination meets the silence constraint', () => {
    expect(chooseThresholds(ids, TASKS, { text: [0.5], api: [0.4] }, settings, 1)).toBeNull();
  });

  it('agrees with fuseRanks on every task (it only precomputes the ranks)', () => {
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
    let none = 0;
    for (const task of many) {
      const fused = fuseRanks(
        ids,
        [...task.scores].map(([facet, scores]) => ({ facet, scores, threshold: thresholds[facet as 'x' | 'y'] })),
        { alpha: 60, rankCap: 2 },
      );
      if (task.labels.length === 0) {
        if (fused.every((f) => f.fused === 0)) none += 1;
        continue;
      }
      if (task.labels.includes(fused[0]!.id)) top1 += 1;
      if (fused.slice(0, 4).some((f) => task.labels.includes(f.id))) top4 += 1;
    }
    expect(evaluateThresholds(ids, many, thresholds, { alpha: 60, rankCap: 2 })).toMatchObject({ top1, top4, none });
  });
});
