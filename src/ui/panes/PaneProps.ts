// What every stage pane receives: its own stage's output plus the whole trace for context.
import type { RunTrace, StageName, StageOutputs } from '../../core/trace';

export interface PaneProps<S extends StageName> {
  output: StageOutputs[S];
  trace: RunTrace;
}
