// The analysis stage: our analyser's findings on the generated code.
import { defineStage } from './defineStage';
import { generationStage } from './generationStage';

export const analysisStage = defineStage({
  name: 'analysis',
  needs: [generationStage],
  run: async ({ generation }, ctx, ports) => ports.analyze(generation.code, ctx.task.language),
});
