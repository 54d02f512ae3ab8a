// The critique stage: critique-improve rounds on the revised code (or the generated code when
// revision was skipped or failed, which is why revision is used, not needed).
import { defineStage } from './defineStage';
import { generationStage } from './generationStage';
import { analysisStage } from './analysisStage';
import { revisionStage } from './revisionStage';
import { critiqueLoop } from '../critique/critiqueLoop';
import { finalRevisedCode } from '../critique/finalRevisedCode';

export const critiqueStage = defineStage({
  name: 'critique',
  needs: [generationStage, analysisStage],
  uses: [revisionStage],
  skipWhen: (ctx) => (ctx.config.critiqueRounds > 0 ? null : 'The critique loop is turned off (0 rounds).'),
  async run({ generation, analysis, revision }, ctx, ports) {
    const start = finalRevisedCode(generation.code, analysis.findings, revision);
    return critiqueLoop({
      task: ctx.task,
      code: start.code,
      findings: start.findings,
      rounds: ctx.config.critiqueRounds,
      engine: ctx.engine,
      analyze: (code) => ports.analyze(code, ctx.task.language),
      signal: ctx.signal,
    });
  },
});
