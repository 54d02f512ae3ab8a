// The analysis stage: our analyser's findings on the generated code.
import { defineStage } from './defineStage';
import { generationStage } from './generationStage';
import { checkParsedLanguage } from '../analysis/checkParsedLanguage';

export const analysisStage = defineStage({
  name: 'analysis',
  needs: [generationStage],
  // Code that did not parse is checked against the other grammars, so "no findings" is never read as safe.
  run: async ({ generation }, ctx, ports) =>
    checkParsedLanguage(await ports.analyze(generation.code, ctx.task.language), generation.code, ports.detectLanguage),
});
