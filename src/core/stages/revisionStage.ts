// The revision stage: advisories retrieved from the generated code, and the model's revised code.
import { defineStage } from './defineStage';
import { generationStage } from './generationStage';
import { analysisStage } from './analysisStage';
import { reviseCode } from '../revision/reviseCode';

export const revisionStage = defineStage({
  name: 'revision',
  needs: [generationStage, analysisStage],
  skipWhen: (ctx) => (ctx.config.revise ? null : 'Revision is turned off for this run.'),
  run: async ({ generation, analysis }, ctx, ports) =>
    reviseCode({
      task: ctx.task,
      code: generation.code,
      analysis,
      engine: ctx.engine,
      advisor: ports.advisor,
      analyze: (code) => ports.analyze(code, ctx.task.language),
      signal: ctx.signal,
    }),
});
