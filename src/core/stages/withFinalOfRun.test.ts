import { describe, expect, it } from 'vitest';
import { fixtureTrace } from '../../adapters/scripted/fixtureTrace';
import { parseTraceText } from '../traceIo';
import { stageOutput, type RunTrace } from '../trace';

/** The trace as a version without diff.final would have exported it. */
function asOlderExport(trace: RunTrace): string {
  const data = JSON.parse(JSON.stringify(trace)) as RunTrace;
  for (const entry of data.stages) if (entry.stage === 'diff' && entry.status === 'ok') delete entry.output.final;
  return JSON.stringify(data);
}

describe('withFinalOfRun on import', () => {
  it('fills an older trace diff record with the final findings and metrics the diff stage writes', async () => {
    const trace = await fixtureTrace();
    const recorded = stageOutput(trace, 'diff')?.final;
    expect(recorded?.metrics?.fixed).toBeGreaterThan(0);
    const older = asOlderExport(trace);
    expect(older).not.toContain('"final"');
    expect(stageOutput(parseTraceText(older), 'diff')?.final).toEqual(recorded);
  });

  it('leaves a trace without an analysis as it was', async () => {
    const trace = await fixtureTrace({ config: { revise: false, critiqueRounds: 0 } });
    const data = JSON.parse(asOlderExport(trace)) as RunTrace;
    data.stages = data.stages.filter((entry) => entry.stage !== 'analysis');
    expect(parseTraceText(JSON.stringify(data))).toEqual(data);
  });
});
