// Traces exported before the diff record carried the final code's findings and metrics: on import,
// they are filled in by the same function the diff stage uses, so every reader finds them in the record.
import type { RunTrace } from '../trace';
import { stageOutput } from '../trace';
import { diffOfRun } from './diffOfRun';

/** The trace with its diff record completed; the same trace when there is nothing to complete. */
export function withFinalOfRun(trace: RunTrace): RunTrace {
  const generation = stageOutput(trace, 'generation');
  const analysis = stageOutput(trace, 'analysis');
  const diff = stageOutput(trace, 'diff');
  if (!generation || !analysis || !diff || diff.final) return trace;
  const { final } = diffOfRun({
    generation,
    analysis,
    revision: stageOutput(trace, 'revision'),
    critique: stageOutput(trace, 'critique'),
  });
  return {
    ...trace,
    stages: trace.stages.map((entry) =>
      entry.stage === 'diff' && entry.status === 'ok' ? { ...entry, output: { ...entry.output, final } } : entry,
    ),
  };
}
