import { describe, expect, it } from 'vitest';
import { kbReadyReport } from './kbReadyReport';
import type { CoreReady } from '../core/CoreApi';

const origin = 1_700_000_000_000;
const base: CoreReady = {
  kbVersion: 'v1',
  tasks: [],
  counts: {},
  readyMs: 384.4,
  phases: { decode: 41, index: 156 },
  timeline: { workerStarted: origin + 290.2, evaluated: origin + 320, initCalled: origin + 341, ready: origin + 760.6 },
};

describe('kbReadyReport', () => {
  it('reads the worker timeline on the page clock', () => {
    const report = kbReadyReport(base, origin, 150.4);
    expect(report.pageMs).toBe(761);
    expect(report.detail).toBe(
      'after page start: worker created 150 ms, worker thread 290 ms, worker code 320 ms, files handed over 341 ms, searchable 761 ms | worker init 384 ms: decode 41 ms · index 156 ms',
    );
  });
});
