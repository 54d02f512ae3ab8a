// Zod schema of the prompt stage's record (both prompts, split into sections), for imported traces.
import { z } from 'zod';
import { chatMessageSchema } from './chatMessage';

const promptSectionSchema = z.strictObject({
  kind: z.enum(['system', 'rules', 'guidelines', 'example', 'task']),
  title: z.string(),
  text: z.string(),
  tokens: z.number(),
  sources: z.array(z.string()),
});

const builtPromptSchema = z.strictObject({
  messages: z.array(chatMessageSchema),
  sections: z.array(promptSectionSchema),
  tokens: z.number(),
});

export const promptRecordSchema = z.strictObject({
  withKnowledge: builtPromptSchema,
  baseline: builtPromptSchema,
  budget: z.number(),
  tokenCount: z.enum(['tokenizer', 'estimate']),
  dropped: z.array(z.string()),
  use: z.enum(['knowledge', 'baseline']),
});
