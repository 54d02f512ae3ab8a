import { describe, expect, it } from 'vitest';
import { toLoadProgress } from './toLoadProgress';

describe('toLoadProgress', () => {
  it.each([
    ['Start to fetch params', 'download'],
    [
      'Fetching param cache[3/27]: 412MB fetched. 45% completed, 31 secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster.',
      'download',
    ],
    ['Loading model from cache[12/27]: 600MB loaded. 60% completed, 2 secs elapsed.', 'cache'],
    ['Loading GPU shader modules[40/95]: 42% completed, 5 secs elapsed.', 'shader'],
    ['Finish loading on WebGPU - google', 'ready'],
    ['', 'other'],
  ])('reads %s as %s', (text, phase) => {
    expect(toLoadProgress({ progress: 0.4, timeElapsed: 1, text }).phase).toBe(phase);
  });

  it('clamps progress and reports 1 when ready', () => {
    expect(toLoadProgress({ progress: 1.7, timeElapsed: 0, text: 'Fetching param cache[1/2]' }).progress).toBe(1);
    expect(toLoadProgress({ progress: Number.NaN, timeElapsed: 0, text: 'x' }).progress).toBe(0);
    expect(toLoadProgress({ progress: 0, timeElapsed: 0, text: 'Finish loading on WebGPU - nvidia' }).progress).toBe(1);
  });
});
