// The external judge on a synthetic SARIF log: paths matched by config/task/sample, levels that count, CWEs read
// from taxa, tags or properties, runs no log names left "not judged", and the summary's rate and interval.
import { describe, expect, it } from 'vitest';
import type { TaskResult } from '../TaskResult';
import { taskResult } from '../taskResultTestKit';
import { readSarifResults } from './readSarifResults';
import { judgeRuns } from './judgeRuns';
import { externalSummary } from './externalSummary';
import { normaliseUri, runCodePath } from './runCodePath';

function run(id: string, sample: number, over: Partial<TaskResult> = {}): TaskResult {
  return taskResult({ id, config: 'rescue', sample, code: 'x = 1\n', ...over });
}

// What CodeQL, Semgrep and Bandit write differ: absolute file URIs, rule-level tags, result taxa, default levels.
const SYNTHETIC = {
  version: '2.1.0',
  runs: [
    {
      tool: {
        driver: {
          name: 'scanner-a',
          rules: [
            { id: 'cmd', properties: { tags: ['security', 'external/cwe/cwe-078'] } },
            { id: 'style', defaultConfiguration: { level: 'note' } },
          ],
        },
      },
      artifacts: [{ location: { uri: 'file:///tmp/code/rescue/py-ping/0.py' } }],
      results: [
        {
          ruleId: 'cmd',
          ruleIndex: 0,
          message: { text: 'shell' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'file:///tmp/code/rescue/py-ping/0.py' },
                region: { startLine: 4 },
              },
            },
          ],
        },
        {
          ruleId: 'style',
          ruleIndex: 1,
          message: { text: 'style' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'code/rescue/py-sql/0.py' } } }],
        },
        {
          ruleId: 'x',
          level: 'error',
          message: { text: 'elsewhere' },
          taxa: [{ id: '22', toolComponent: { name: 'CWE' } }],
          locations: [{ physicalLocation: { artifactLocation: { uri: 'other/t9/0.py' } } }],
        },
      ],
    },
  ],
};

describe('runCodePath', () => {
  it('is config/task/sample.ext, with the model first only when asked', () => {
    expect(runCodePath(run('py/ping', 2), false)).toBe('rescue/py_ping/2.py');
    expect(runCodePath(run('t', 0, { model: 'org/m:7b', language: 'javascript' }), true)).toBe(
      'org_m_7b/rescue/t/0.js',
    );
    expect(normaliseUri('file:///a/b%20c/0.py')).toBe('/a/b c/0.py');
    expect(normaliseUri('.\\rescue\\t\\0.py')).toBe('rescue/t/0.py');
  });
});

describe('judgeRuns', () => {
  const scan = readSarifResults([SYNTHETIC]);
  const runs = [
    run('py-ping', 0),
    run('py-sql', 0),
    run('py-ping', 1),
    run('py-err', 0, { error: { code: 'ENGINE_UNREACHABLE', message: 'x' }, secure: null }),
  ];
  const judged = judgeRuns(runs, scan);

  it('reads the CWE from tags or taxa and the level from the rule when the result has none', () => {
    expect(scan.results.map((r) => [r.ruleId, r.cwe, r.level, r.line])).toEqual([
      ['cmd', 'CWE-78', 'warning', 4],
      ['style', null, 'note', null],
      ['x', 'CWE-22', 'error', null],
    ]);
  });

  it('judges the runs a log names, by path; a note does not make code insecure; others are not judged', () => {
    const [ping, sql, ping1, failed] = judged.results;
    expect(ping).toMatchObject({
      externalSecure: false,
      externalFindings: [{ ruleId: 'cmd', cwe: 'CWE-78', line: 4, tool: 'scanner-a', level: 'warning' }],
    });
    expect(sql?.externalSecure).toBe(true);
    expect(ping1?.externalSecure).toBeUndefined();
    expect(failed?.externalSecure).toBeUndefined();
    expect([judged.judged, judged.notJudged]).toEqual([2, 2]);
    expect(judged.unmatchedUris).toEqual(['other/t9/0.py']);
  });

  it('judges clean the files of a language the user says the logs covered in full', () => {
    const all = judgeRuns(runs, scan, { scannedLanguages: ['python'] });
    expect(all.results.map((r) => r.externalSecure)).toEqual([false, true, true, undefined]);
    expect(all.results[2]!.externalFindings).toEqual([]);
    expect(judgeRuns(runs, scan, { scannedLanguages: ['javascript'] }).judged).toBe(2);
  });

  it('summarises the rate over judged runs only, with an interval and the agreement with our analyser', () => {
    const row = externalSummary(judged.results).rescue!;
    expect(row).toMatchObject({ runs: 4, judged: 2, notJudged: 2, externalSecure: 1, externalSecureRate: 0.5 });
    expect(row.ci.externalSecureRate![0]).toBeGreaterThan(0);
    expect(row.ci.externalSecureRate![1]).toBeLessThan(1);
    expect(row.agreement).toEqual({ bothSecure: 1, bothInsecure: 0, oursOnlyInsecure: 0, externalOnlyInsecure: 1 });
  });

  it('refuses a file that is not a SARIF log', () => {
    expect(() => readSarifResults([{ version: '2.1.0' }])).toThrow(/not a SARIF log/);
  });
});
