// Notes (tier 'note') are shown but count in no rate: revision metrics, evaluation's secure verdict, repair pairs,
// the critique loop's stop; findings without a tier (older traces) still count; the analyser sets the tier.
import { describe, expect, it } from 'vitest';
import { fixtureTrace, FIXTURE_TASK } from '../../adapters/scripted/fixtureTrace';
import { ScriptedEngine } from '../../adapters/scripted/ScriptedEngine';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Finding } from '../analysis/Finding';
import type { RunTrace } from '../trace';
import { analyzeCode } from '../analysis/analyzeCode';
import { analysisRecordSchema } from '../analysis/analysisRecordSchema';
import { countedFindings, isCounted } from '../analysis/countedFindings';
import { revisionMetrics } from '../revision/revisionMetrics';
import { evaluateTrace } from '../evaluation/evaluateTrace';
import { EVAL_CONFIGS } from '../evaluation/EvalConfig';
import { repairPair } from '../critique/repairPair';
import { critiqueLoop } from '../critique/critiqueLoop';

const finding = (rule: string, tier?: Finding['tier']): Finding => ({
  rule,
  cwe: 'CWE-367',
  severity: 'warning',
  message: rule,
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 9,
  ...(tier ? { tier } : {}),
});

/** The fixture trace with every analysed finding (first and final code) turned into a note. */
function allNotes(trace: RunTrace): RunTrace {
  const asNotes = (list: Finding[]): Finding[] => list.map((f) => ({ ...f, tier: 'note' as const }));
  const stages = trace.stages.map((e) => {
    if (e.status !== 'ok') return e;
    if (e.stage === 'analysis') return { ...e, output: { ...e.output, findings: asNotes(e.output.findings) } };
    if (e.stage === 'diff' && e.output.final)
      return {
        ...e,
        output: { ...e.output, final: { ...e.output.final, findings: asNotes(e.output.final.findings) } },
      };
    return e;
  });
  return { ...trace, stages } as RunTrace;
}

describe('notes count nowhere', () => {
  it('reads a missing tier as a finding that counts, and a note as one that does not', () => {
    expect(isCounted(finding('a'))).toBe(true);
    expect(isCounted(finding('a', 'finding'))).toBe(true);
    expect(isCounted(finding('a', 'note'))).toBe(false);
    expect(countedFindings([finding('a', 'note'), finding('b')]).map((f) => f.rule)).toEqual(['b']);
  });

  it('loads analysis records without a tier (older traces) and refuses an unknown tier', () => {
    const record = { language: 'python', analyzer: 'x', parsed: true, findings: [finding('old')], suppressed: [] };
    const parsed = analysisRecordSchema.parse(record);
    expect(countedFindings(parsed.findings)).toHaveLength(1);
    expect(analysisRecordSchema.safeParse({ ...record, findings: [{ ...finding('x'), tier: 'maybe' }] }).success).toBe(
      false,
    );
  });

  it('leaves notes out of Fix / Intro counts', () => {
    const m = revisionMetrics([finding('a'), finding('n', 'note')], [finding('n2', 'note')], false);
    expect(m).toMatchObject({ findingsBefore: 1, findingsAfter: 0, fixed: 1, introduced: 0, fixRate: 1 });
  });

  it('scores a run whose final code has only notes as secure, and its repair pair as clean', async () => {
    const trace = await fixtureTrace();
    const input = { task: FIXTURE_TASK, config: EVAL_CONFIGS[0]!, model: 's', testable: false, functional: null };
    const before = evaluateTrace({ ...input, trace });
    expect(before.findingsBefore).toBeGreaterThan(0);
    const notes = allNotes(trace);
    const after = evaluateTrace({ ...input, trace: notes });
    expect(after.findingsBefore).toBe(0);
    expect(after.findings).toEqual([]);
    expect(after.secure).toBe(true);
    expect(repairPair(notes)).toMatchObject({ cwes: [], findingsBefore: 0, findingsAfter: 0 });
  });

  it('stops the critique loop when only notes remain and the critique is clean', async () => {
    const engine = new ScriptedEngine({ rules: [{ match: 'Critique this', reply: 'NO ISSUES FOUND' }] });
    const analyze = () => Promise.reject(new Error('not reached'));
    const task = { ...FIXTURE_TASK };
    const record = await critiqueLoop({
      task,
      code: 'x\n',
      findings: [finding('n', 'note')],
      rounds: 3,
      engine,
      analyze,
    });
    expect(record.stoppedBecause).toBe('clean');
    const counted = await critiqueLoop({ task, code: 'x\n', findings: [finding('f')], rounds: 1, engine, analyze });
    expect(counted.stoppedBecause).not.toBe('clean');
  });

  it('has the analyser set every finding a tier, from the rule that made it', async () => {
    const code =
      'import os\ndef f(p):\n    if os.access(p, os.R_OK):\n        return open(p).read()\n    os.system("ls " + input())\n';
    const record = await analyzeCode(code, 'python', nodeParser());
    const tiers = Object.fromEntries(record.findings.map((f) => [f.rule, f.tier]));
    expect(tiers['check-then-open']).toBe('note');
    expect(Object.values(tiers).filter((t) => t === 'finding').length).toBeGreaterThan(0);
    expect(record.findings.every((f) => f.tier === 'finding' || f.tier === 'note')).toBe(true);
  });
});
