// One chat message of a prompt, and its schema for imported traces. It lives with the prompt (which
// is built from messages) so the engine port in generation can depend on prompt, not the reverse.
import { z } from 'zod';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export const chatMessageSchema = z.strictObject({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});
