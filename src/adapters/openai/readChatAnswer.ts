// Reads a successful chat-completion response into chunks: a server-sent event stream until [DONE], or
// one whole JSON completion from a server that ignores stream: true.
import type { Usage } from '../../core/generation/LlmEngine';
import { PlaygroundError } from '../../core/errors';
import { chatChunkSchema, type ChatChunk } from './chatChunkSchema';
import { readSseEvents } from './readSseEvents';

/** Reads a successful response: a server-sent event stream, or one whole JSON completion. */
export async function readChatAnswer(
  response: Response,
  onChunk: (chunk: ChatChunk) => void,
  finished: () => boolean,
): Promise<void> {
  if ((response.headers.get('content-type') ?? '').includes('application/json')) {
    // A server that ignores stream: true answers with one whole completion.
    onChunk(parseChunk(await response.text()));
    return;
  }
  if (!response.body) throw new PlaygroundError('ENGINE_BAD_RESPONSE', { detail: 'empty response body' });
  for await (const data of readSseEvents(response.body)) {
    if (data.trim() === '[DONE]') return;
    onChunk(parseChunk(data));
  }
  if (!finished())
    throw new PlaygroundError('ENGINE_BAD_RESPONSE', {
      detail: 'the stream ended before [DONE] or a finish reason',
    });
}

export function parseChunk(data: string): ChatChunk {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw new PlaygroundError('ENGINE_BAD_RESPONSE', { detail: `not JSON: ${data.slice(0, 200)}` });
  }
  const parsed = chatChunkSchema.safeParse(json);
  if (!parsed.success)
    throw new PlaygroundError('ENGINE_BAD_RESPONSE', { detail: `unexpected chunk: ${data.slice(0, 200)}` });
  return parsed.data;
}

/** The counts a (possibly partial) usage record carries. */
export function definedCounts(usage: NonNullable<ChatChunk['usage']>): Partial<Usage> {
  const counts: Partial<Usage> = {};
  if (typeof usage.prompt_tokens === 'number') counts.promptTokens = usage.prompt_tokens;
  if (typeof usage.completion_tokens === 'number') counts.completionTokens = usage.completion_tokens;
  return counts;
}
