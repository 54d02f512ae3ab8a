// The generation stage: the model's answer to the prompt (streamed), or the code the user pasted.
import { defineStage } from './defineStage';
import { promptStage } from './promptStage';
import { generateCode } from '../generation/generateCode';

export const generationStage = defineStage({
  name: 'generation',
  needs: [promptStage],
  skipWhen: (ctx) =>
    ctx.engine || ctx.providedCode !== undefined
      ? null
      : 'No model is loaded: load one to generate, or paste code to check.',
  run: async ({ prompt }, ctx) =>
    generateCode({
      task: ctx.task,
      prompt,
      engine: ctx.engine,
      providedCode: ctx.providedCode,
      signal: ctx.signal,
      onToken: ctx.onToken,
      topLogprobs: 1,
    }),
});
