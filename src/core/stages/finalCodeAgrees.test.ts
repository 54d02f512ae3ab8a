// The final code and its metrics are worked out once, by the diff stage: the Diff pane (which shows
// record.final.metrics), evaluation (finalCode, evaluateTrace, which the CLI prints) and repair pairs
// must all report what the record says, and the record what the revision and critique records say.
import { describe, expect, it } from 'vitest';
import { fixtureTrace, FIXTURE_TASK } from '../../adapters/scripted/fixtureTrace';
import { stageOutput, type RunTrace } from '../trace';
import { finalCode } from '../evaluation/finalCode';
import { evaluateTrace } from '../evaluation/evaluateTrace';
import { EVAL_CONFIGS } from '../evaluation/EvalConfig';
import { revisionMetrics } from '../revision/revisionMetrics';
import { repairPair } from '../critique/repairPair';

function readers(trace: RunTrace) {
  const result = evaluateTrace({
    task: FIXTURE_TASK,
    config: EVAL_CONFIGS[0]!,
    model: 'scripted',
    trace,
    testable: false,
    functional: null,
  });
  return { diff: stageOutput(trace, 'diff'), final: finalCode(trace), result, pair: repairPair(trace) };
}

describe('the final code, read from the diff record', () => {
  it('agrees across the record, evaluation, the CLI result and repair pairs when revision fixed a finding', async () => {
    const trace = await fixtureTrace();
    const { diff, final, result, pair } = readers(trace);
    const analysis = stageOutput(trace, 'analysis')!;
    const critique = stageOutput(trace, 'critique')!;
    // Independent of the diff stage: from the analysis to the critique loop's last findings.
    const expected = revisionMetrics(analysis.findings, critique.findingsAfter, false);
    expect(analysis.findings.length).toBeGreaterThan(0);
    expect(diff?.final?.metrics).toEqual(expected);
    expect(diff?.after).toBe(critique.after);
    expect(final).toMatchObject({ code: diff?.after, findings: diff?.final?.findings, metrics: expected });
    expect(result.code).toBe(diff?.after);
    expect(result.revision).toBe('fix');
    expect(result.revisionMetrics).toEqual({
      findingsBefore: expected.findingsBefore,
      findingsAfter: expected.findingsAfter,
      fixed: expected.fixed,
      introduced: expected.introduced,
      unchanged: expected.unchanged,
    });
    expect(pair).toMatchObject({ after: diff?.after, findingsAfter: expected.findingsAfter });
  });

  it('agrees that there are no metrics when neither revision nor critique ran', async () => {
    const trace = await fixtureTrace({ config: { revise: false, critiqueRounds: 0 } });
    const { diff, final, result, pair } = readers(trace);
    const generation = stageOutput(trace, 'generation')!;
    expect(diff?.final?.metrics).toBeNull();
    expect(diff?.after).toBe(generation.code);
    expect(final?.metrics).toBeNull();
    expect(result.revision).toBeNull();
    expect(result.revisionMetrics).toBeNull();
    expect(result.findings).toHaveLength(diff?.final?.findings.length ?? -1);
    expect(pair?.findingsAfter).toBe(diff?.final?.findings.length);
  });
});
