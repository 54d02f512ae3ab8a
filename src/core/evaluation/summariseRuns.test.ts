// Summaries over K samples with failed runs: errors are counted apart and left out of every rate.
import { describe, expect, it } from 'vitest';
import type { TaskResult } from './TaskResult';
import { taskResult } from './taskResultTestKit';
import { summariseRuns } from './summariseRuns';
import { samplesPerTask } from './summarise';

function run(id: string, sample: number, secure: boolean | null, passed: boolean | null, error = false): TaskResult {
  return taskResult({
    id,
    config: 'rescue',
    sample,
    secure,
    passed,
    cwes: ['CWE-78'],
    retrievalHit: error ? null : true,
    ...(error ? { error: { code: 'ENGINE_SERVER_ERROR', message: 'The model server answered with an error.' } } : {}),
  });
}

// Task a: 3 scored samples, 2 secure (1 of them passing), and one failed run. Task b: 3 scored, none secure.
const runs = [
  run('a', 0, true, true),
  run('a', 1, true, false),
  run('a', 2, false, true),
  run('a', 3, null, null, true),
  run('b', 0, false, true),
  run('b', 1, false, false),
  run('b', 2, false, true),
  run('b', 3, false, true),
];

describe('summariseRuns', () => {
  it('counts failed runs as errors and leaves them out of every rate', () => {
    const s = summariseRuns(runs, 2);
    expect(s).toMatchObject({ tasks: 2, runs: 8, errors: 1 });
    // 2 secure of 7 scored runs, not 2 of 8.
    expect(s.secureRate).toBe(0.2857);
    expect(s.passRate).toBe(0.7143);
    expect(s.securePass1).toBe(0.1429);
    expect(s.retrievalHitRate).toBe(1);
  });

  it('estimates secure@k and secure-pass@k per task over its scored samples', () => {
    const s = summariseRuns(runs, 2);
    // a: n=3, c=2 -> 1 - C(1,2)/C(3,2) = 1; b: n=4, c=0 -> 0; mean 0.5.
    expect(s.secureAtK).toBe(0.5);
    // a: n=3, c=1 -> 1 - C(2,2)/C(3,2) = 2/3; b: 0; mean 1/3.
    expect(s.securePassAtK).toBe(0.3333);
    // Over 2 tasks: Wilson of 1 success in 2 is [0.0945, 0.9055].
    expect(s.ci.secureAtK).toEqual([0.0945, 0.9055]);
  });

  it('gives null rates and intervals when every run failed', () => {
    const s = summariseRuns([run('a', 0, null, null, true)]);
    expect(s).toMatchObject({ runs: 1, errors: 1, secureRate: null, secureAtK: null, passRate: null });
    expect(s.ci.secureRate).toBeNull();
  });

  it('takes k from the samples the results carry', () => {
    expect(samplesPerTask(runs)).toBe(4);
    expect(samplesPerTask([run('a', 0, true, null)])).toBe(1);
  });

  it('judges by the security tests where they ran, never inferring a verdict', () => {
    const judged = (r: TaskResult, securityTestsPassed: boolean | null): TaskResult => ({ ...r, securityTestsPassed });
    const withTests = [
      judged(run('a', 0, true, true), true),
      judged(run('a', 1, true, true), false),
      judged(run('a', 2, false, false), true),
      judged(run('b', 0, true, true), false),
      judged(run('b', 1, true, true), false),
      run('c', 0, true, true), // no security test: left out, not counted insecure
      judged(run('d', 0, null, null, true), null),
    ];
    const s = summariseRuns(withTests, 2);
    // 2 passing of the 5 runs that had security tests.
    expect(s.securityPassRate).toBe(0.4);
    // a: n=3, c=1 (passed and security-tested) -> 2/3; b: n=2, c=0 -> 0; c has no security test; mean 1/3.
    expect(s.securityPassAtK).toBe(0.3333);
    expect(s.ci.securityPassRate).not.toBeNull();
    expect(summariseRuns(runs).securityPassRate).toBeNull();
  });
});
