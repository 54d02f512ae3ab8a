// The prompt stage: the retrieved knowledge fitted into the token budget (or the baseline prompt).
import { defineStage } from './defineStage';
import { retrievalStage } from './retrievalStage';
import { buildPrompt } from '../prompt/buildPrompt';
import { estimateCounter } from '../prompt/estimateTokens';
import { assertPromptFits } from '../prompt/assertPromptFits';

export const promptStage = defineStage({
  name: 'prompt',
  needs: [retrievalStage],
  async run({ retrieval }, ctx) {
    const counter = ctx.engine?.countTokens?.bind(ctx.engine);
    const record = await buildPrompt(ctx.task, retrieval, {
      budget: ctx.config.tokenBudget,
      examplesInPrompt: ctx.config.examplesInPrompt,
      useKnowledge: ctx.config.useKnowledge,
      counter: counter ?? estimateCounter,
      counterKind: counter ? 'tokenizer' : 'estimate',
    });
    // Pasted code is checked, not sent: its prompt is only shown, so only a prompt to send must fit.
    return ctx.providedCode === undefined ? assertPromptFits(record) : record;
  },
});
