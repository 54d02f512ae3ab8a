// The diff stage: the generated code against the final code (after revision and critique), with the
// final code's findings and metrics (diffOfRun), which the Diff pane, evaluation and the CLI read.
import { defineStage } from './defineStage';
import { generationStage } from './generationStage';
import { analysisStage } from './analysisStage';
import { revisionStage } from './revisionStage';
import { critiqueStage } from './critiqueStage';
import { diffOfRun } from './diffOfRun';

export const diffStage = defineStage({
  name: 'diff',
  needs: [generationStage],
  // Each may be skipped or fail; the diff then compares with the latest code there is.
  uses: [analysisStage, revisionStage, critiqueStage],
  run: async (inputs) => diffOfRun(inputs),
});
