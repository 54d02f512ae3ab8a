// Refuses a prompt to be sent whose fixed part (system text and task) alone exceeds the token budget.
import { PlaygroundError } from '../errors';
import type { PromptRecord } from './PromptRecord';

/**
 * Knowledge is dropped to fit the budget, but the task cannot be: a prompt over budget would be sent to a model
 * whose context it overflows (the 570,717 / 3,072 tokens shown as "ok"), so the prompt stage fails instead.
 */
export function assertPromptFits(record: PromptRecord): PromptRecord {
  const sent = record.use === 'knowledge' ? record.withKnowledge : record.baseline;
  if (sent.tokens <= record.budget) return record;
  const count = record.tokenCount === 'tokenizer' ? 'tokens' : 'tokens (estimated)';
  throw new PlaygroundError('CONTEXT_TOO_LONG', {
    message: `The prompt is ${sent.tokens.toLocaleString('en-US')} ${count}, over the budget of ${record.budget.toLocaleString('en-US')}: the task alone does not fit.`,
    hint: 'Shorten the task, or raise the budget if the model has a larger context window.',
  });
}
