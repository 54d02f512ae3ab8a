import { describe, expect, it } from 'vitest';
import type { TaskResult } from './TaskResult';
import { parseTaskResults } from './TaskResult';
import { summarise, summariseBy } from './summarise';
import { resultsCsv, summaryCsv } from './reportCsv';
import { buildReport } from './EvalReport';

function result(patch: Partial<TaskResult>): TaskResult {
  return {
    id: 't',
    config: 'rescue',
    model: 'm',
    language: 'python',
    cwe: 'CWE-78',
    secure: true,
    passed: null,
    cwes: [],
    retrievalHit: null,
    revision: null,
    findings: [],
    findingsBefore: 0,
    functional: null,
    code: '',
    ms: 1,
    ...patch,
  };
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
    expect(s.rescue).toEqual({
      // fix: 2 of the 3 findings before are gone; intro: 1 of 3 revised runs; no change: 1 of 3.
      tasks: 4,
      secureRate: 0.5,
      passRate: 0.6667,
      securePass1: 0.3333,
      fixRate: 0.6667,
      introRate: 0.3333,
      noChangeRate: 0.3333,
      retrievalHitRate: 0.75,
    });
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
    expect(csv[1]).toContain('"x,y",rescue,m,python,CWE-78,true,,');
    expect(csv[1]).toContain('CWE-78;CWE-22');
    const summary = summaryCsv(results).split('\n');
    expect(summary).toContain('overall,all,rescue,4,0.5,0.6667,0.3333,0.6667,0.3333,0.3333,0.75');
    expect(summary.some((l) => l.startsWith('language,c,rescue,1,0,,'))).toBe(true);
  });

  it('round-trips a report through JSON and drops invalid stored records', () => {
    const report = JSON.parse(
      JSON.stringify(buildReport(results, { engine: 'x', models: ['m'], suite: 's', startedAt: '', wallMs: 0 })),
    );
    expect(parseTaskResults([...report.tasks, { id: 1 }])).toEqual(results);
  });
});
