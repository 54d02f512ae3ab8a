import { describe, expect, it } from 'vitest';
import type { TaskResult } from './TaskResult';
import { taskResult } from './taskResultTestKit';
import { parseTaskResults } from './TaskResult';
import { summarise, summariseBy } from './summarise';
import { resultsCsv, summaryCsv } from './reportCsv';
import { buildReport } from './EvalReport';

function result(patch: Partial<TaskResult>): TaskResult {
  return taskResult({ config: 'rescue', ...patch });
}

const results = [
  result({
    id: 'a',
    secure: true,
    passed: true,
    retrievalHit: true,
    revision: 'fix',
    revisionMetrics: { findingsBefore: 2, findingsAfter: 0, fixed: 2, introduced: 0, unchanged: false },
  }),
  result({
    id: 'b',
    secure: false,
    passed: true,
    retrievalHit: false,
    revision: 'no-change',
    cwe: 'CWE-89',
    revisionMetrics: { findingsBefore: 1, findingsAfter: 1, fixed: 0, introduced: 0, unchanged: true },
  }),
  result({
    id: 'c',
    secure: false,
    passed: null,
    retrievalHit: true,
    revision: 'intro',
    language: 'c',
    cwe: null,
    revisionMetrics: { findingsBefore: 0, findingsAfter: 1, fixed: 0, introduced: 1, unchanged: false },
  }),
  result({ id: 'd', secure: true, passed: false, retrievalHit: true, revision: null, language: 'javascript' }),
  result({ id: 'a', config: 'baseline', secure: false, passed: false }),
];

describe('summarise', () => {
  it('computes each rate over the runs it applies to', () => {
    const s = summarise(results);
    expect(s.rescue).toMatchObject({
      // fix: 2 of the 3 findings before are gone; intro: 1 of 3 revised runs; no change: 1 of 3.
      tasks: 4,
      runs: 4,
      errors: 0,
      secureRate: 0.5,
      passRate: 0.6667,
      securePass1: 0.3333,
      // One sample per task: secure@1 is the secure rate, secure-pass@1 the secure-pass rate.
      secureAtK: 0.5,
      securePassAtK: 0.3333,
      fixRate: 0.6667,
      introRate: 0.3333,
      noChangeRate: 0.3333,
      retrievalHitRate: 0.75,
    });
    // Wilson 95% for 2 of 4: 0.5 -+ 1.96 * sqrt(0.0625 + 3.8415/64) / (1 + 3.8415/4) = [0.15, 0.85].
    expect(s.rescue!.ci.secureRate).toEqual([0.15, 0.85]);
    expect(s.rescue!.ci.passRate).toEqual([0.2077, 0.9385]);
    expect(s.baseline).toMatchObject({ tasks: 1, secureRate: 0, passRate: 0, fixRate: null, retrievalHitRate: null });
  });

  it('breaks down by CWE and language, and keys columns by model when several ran', () => {
    expect(Object.keys(summariseBy(results, 'cwe'))).toEqual(['CWE-78', 'CWE-89', 'none']);
    expect(summariseBy(results, 'language').c!.rescue!.passRate).toBeNull();
    const two = summarise([...results, result({ model: 'other' })]);
    expect(Object.keys(two).sort()).toEqual(['m/baseline', 'm/rescue', 'other/rescue']);
  });

  it('exports CSV with quoting and empty cells for null', () => {
    const csv = resultsCsv([result({ id: 'x,y', cwes: ['CWE-78', 'CWE-22'], passed: null })]).split('\n');
    expect(csv[0]!.startsWith('id,config,model')).toBe(true);
    expect(csv[1]).toContain('"x,y",rescue,m,0,python,CWE-78,true,,');
    expect(csv[1]).toContain('CWE-78;CWE-22');
    const summary = summaryCsv(results).split('\n');
    expect(
      summary.some((l) =>
        l.startsWith('overall,all,rescue,4,4,0,0.5,0.6667,0.3333,0.5,0.3333,0.6667,0.3333,0.3333,0.75,,,0.15,0.85,'),
      ),
    ).toBe(true);
    expect(summary.some((l) => l.startsWith('language,c,rescue,1,1,0,0,,'))).toBe(true);
  });

  it('round-trips a report through JSON and drops invalid stored records', () => {
    const meta = {
      model: 'm',
      engine: 'x',
      baseUrl: null,
      samples: 1,
      temperature: 0,
      seed: null,
      kbVersion: 'kb',
      analyzerVersion: 'rules',
      startedAt: '',
      finishedAt: '',
      suiteHash: null,
      suite: 's',
      models: ['m'],
      wallMs: 0,
    };
    const report = JSON.parse(JSON.stringify(buildReport(results, meta)));
    expect(report.meta).toEqual(meta);
    // baseline vs rescue share task a only: both scored, baseline insecure, rescue secure.
    expect(report.comparisons[0]).toMatchObject({ a: 'baseline', b: 'rescue', tasks: 1, bBetter: 1, pValue: 1 });
    expect(parseTaskResults([...report.tasks, { id: 1 }])).toEqual(results);
  });
});
