// The prompt stage: the retrieved knowledge fitted into the token budget (or the baseline prompt).
import { defineStage } from './defineStage';
import { retrievalStage } from './retrievalStage';
import { buildPrompt } from '../prompt/buildPrompt';
import { estimateCounter } from '../prompt/estimateTokens';

export const promptStage = defineStage({
  name: 'prompt',
  needs: [retrievalStage],
  async run({ retrieval }, ctx) {
    const counter = ctx.engine?.countTokens?.bind(ctx.engine);
    return buildPrompt(ctx.task, retrieval, {
      budget: ctx.config.tokenBudget,
      examplesInPrompt: ctx.config.examplesInPrompt,
      useKnowledge: ctx.config.useKnowledge,
      counter: counter ?? estimateCounter,
      counterKind: counter ? 'tokenizer' : 'estimate',
    });
  },
});
