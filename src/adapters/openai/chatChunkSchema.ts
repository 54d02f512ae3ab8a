// The parts of an OpenAI chat-completion chunk (or whole response) the engine reads; servers
// (llama.cpp, Ollama, vLLM) add their own fields, which are allowed and ignored.
import { z } from 'zod';

const topLogprob = z.object({ token: z.string(), logprob: z.number() });

const logprobEntry = z.object({
  token: z.string(),
  logprob: z.number(),
  top_logprobs: z.array(topLogprob).nullish(),
});

// Partial usage (one count missing or null) is tolerated: the engine fills in what it can count itself.
const usage = z.object({ prompt_tokens: z.number().nullish(), completion_tokens: z.number().nullish() });

const choice = z.object({
  // reasoning_content / reasoning (vLLM, DeepSeek, Ollama): the model's thinking, read and left out of the answer.
  delta: z
    .object({ content: z.string().nullish(), reasoning_content: z.string().nullish(), reasoning: z.string().nullish() })
    .nullish(),
  message: z.object({ content: z.string().nullish() }).nullish(),
  logprobs: z.object({ content: z.array(logprobEntry).nullish() }).nullish(),
  finish_reason: z.string().nullish(),
});

export const chatChunkSchema = z.object({
  choices: z.array(choice).default([]),
  usage: usage.nullish(),
  error: z.object({ message: z.string().optional() }).loose().nullish(),
});

export type ChatChunk = z.infer<typeof chatChunkSchema>;
export type LogprobEntry = z.infer<typeof logprobEntry>;
