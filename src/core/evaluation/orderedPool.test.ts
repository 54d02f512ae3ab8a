import { describe, expect, it } from 'vitest';
import { orderedPool } from './orderedPool';

/** Jobs that finish in a scrambled order and record how many run at once. */
function scrambled() {
  let running = 0;
  let most = 0;
  const finished: number[] = [];
  const work = async (delay: number, index: number): Promise<string> => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, delay));
    running -= 1;
    finished.push(index);
    return `r${index}`;
  };
  return { work, most: () => most, finished };
}

async function collect<R>(gen: AsyncGenerator<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

describe('orderedPool', () => {
  const delays = [40, 5, 30, 1, 20, 2, 15, 8, 3, 10];

  it('yields results in input order whatever order they finish in', async () => {
    const s = scrambled();
    const results = await collect(orderedPool(delays, s.work, { limit: 4 }));
    expect(results).toEqual(delays.map((_, i) => `r${i}`));
    expect(s.finished).not.toEqual(delays.map((_, i) => i));
  });

  it('runs at most limit jobs at once, and uses that many', async () => {
    for (const limit of [1, 3, 4]) {
      const s = scrambled();
      await collect(orderedPool(delays, s.work, { limit }));
      expect(s.most()).toBe(limit);
    }
  });

  it('with limit 1 runs one job after another in order', async () => {
    const s = scrambled();
    await collect(orderedPool(delays, s.work, { limit: 1 }));
    expect(s.finished).toEqual(delays.map((_, i) => i));
  });

  it('reports a failure at its place in the order, after the earlier results', async () => {
    const seen: number[] = [];
    const gen = orderedPool(
      [1, 2, 3, 4],
      async (n) => {
        await new Promise((r) => setTimeout(r, 10 - n));
        if (n === 3) throw new Error('three failed');
        return n;
      },
      { limit: 4 },
    );
    await expect(
      (async () => {
        for await (const n of gen) seen.push(n);
      })(),
    ).rejects.toThrow('three failed');
    expect(seen).toEqual([1, 2]);
  });

  it('starts no job beyond the window behind a slow first job', async () => {
    let started = 0;
    let releaseFirst!: () => void;
    const gen = orderedPool(
      Array.from({ length: 20 }, (_, i) => i),
      (i) => {
        started += 1;
        return i === 0 ? new Promise<number>((r) => (releaseFirst = () => r(0))) : Promise.resolve(i);
      },
      { limit: 2, window: 5 },
    );
    const first = gen.next();
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toBe(5);
    releaseFirst();
    expect((await first).value).toBe(0);
    const rest = await collect(gen);
    expect(rest).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });
});
