import { describe, expect, it } from 'vitest';
import type { TaskResult } from './TaskResult';
import { taskResult } from './taskResultTestKit';
import { agreementStats, judgeAgreement } from './judgeAgreement';
import { buildReport } from './EvalReport';

function run(id: string, cwe: string | null, secure: boolean | null, tests: boolean | null | undefined): TaskResult {
  return taskResult({ id, cwe, secure, ...(tests !== undefined ? { securityTestsPassed: tests } : {}) });
}

describe('agreementStats', () => {
  it("computes raw agreement and Cohen's kappa", () => {
    // Textbook table: 20 both yes, 5 only A, 10 only B, 15 both no (n 50): po 0.7, pe 0.5, kappa 0.4.
    expect(agreementStats({ bothSecure: 20, onlyASecure: 5, onlyBSecure: 10, bothInsecure: 15 })).toEqual({
      n: 50,
      rawAgreement: 0.7,
      kappa: 0.4,
    });
    // Opposite verdicts everywhere: kappa -1.
    expect(agreementStats({ bothSecure: 0, onlyASecure: 3, onlyBSecure: 3, bothInsecure: 0 }).kappa).toBe(-1);
    // Both judges always say secure: agreement 1, kappa undefined.
    expect(agreementStats({ bothSecure: 4, onlyASecure: 0, onlyBSecure: 0, bothInsecure: 0 })).toEqual({
      n: 4,
      rawAgreement: 1,
      kappa: null,
    });
    expect(agreementStats({ bothSecure: 0, onlyASecure: 0, onlyBSecure: 0, bothInsecure: 0 }).rawAgreement).toBeNull();
  });
});

describe('judgeAgreement', () => {
  const results = [
    run('a', 'CWE-78', true, true),
    run('b', 'CWE-78', true, false), // the analyser misses what the tests catch
    run('c', 'CWE-89', false, false),
    run('d', 'CWE-89', false, true), // the analyser flags code the tests find safe
    run('e', null, true, true),
    run('f', 'CWE-22', true, undefined), // no security test: not in any table
    { ...run('g', 'CWE-22', null, null), error: { code: 'ENGINE_SERVER_ERROR' as const, message: 'x' } },
  ];

  it('tables analyser against security tests overall and per CWE, leaving out runs without both verdicts', () => {
    const tables = judgeAgreement(results);
    expect(tables.map((t) => `${t.a}/${t.b}/${t.cwe}`)).toEqual([
      'analyser/securityTests/all',
      'analyser/securityTests/CWE-78',
      'analyser/securityTests/CWE-89',
      'analyser/securityTests/none',
    ]);
    expect(tables[0]).toMatchObject({ n: 5, bothSecure: 2, onlyASecure: 1, onlyBSecure: 1, bothInsecure: 1 });
    expect(tables[0]!.rawAgreement).toBe(0.6);
    expect(tables[1]).toMatchObject({ n: 2, bothSecure: 1, onlyASecure: 1, rawAgreement: 0.5 });
  });

  it('adds any other judge column a record carries', () => {
    const withExternal = results.map((r, i) => ({ ...r, externalSecure: i % 2 === 0 }));
    const pairs = new Set(judgeAgreement(withExternal).map((t) => `${t.a}/${t.b}`));
    expect([...pairs]).toEqual(['analyser/securityTests', 'analyser/externalSecure', 'securityTests/externalSecure']);
    expect(judgeAgreement([run('x', null, true, undefined)])).toEqual([]);
  });

  it('is stored in the report as agreement', () => {
    const meta = { samples: 1 } as Parameters<typeof buildReport>[1];
    expect(buildReport(results, meta).agreement).toEqual(judgeAgreement(results));
  });
});
