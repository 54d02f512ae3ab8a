// Token events from one streamed choice: one per log-probability entry when the entries spell out
// the delta exactly (llama.cpp, vLLM), otherwise one event for the whole delta.
import type { TokenEvent } from '../../core/generation/LlmEngine';
import type { ChatChunk } from './chatChunkSchema';

type Choice = ChatChunk['choices'][number];

export function tokensOfChoice(choice: Choice, at: number): TokenEvent[] {
  const text = choice.delta?.content ?? choice.message?.content ?? '';
  const entries = choice.logprobs?.content ?? [];
  if (entries.length > 0 && entries.map((e) => e.token).join('') === text) {
    return entries.map((e) => withTop({ text: e.token, logprob: e.logprob, at }, e.top_logprobs));
  }
  if (text === '') return [];
  const token: TokenEvent = { text, at };
  if (entries.length > 0) {
    // The entries do not line up with the text: keep the delta whole and its summed log-probability.
    token.logprob = entries.reduce((sum, e) => sum + e.logprob, 0);
    return [withTop(token, entries[0]?.top_logprobs)];
  }
  return [token];
}

function withTop(token: TokenEvent, top: { token: string; logprob: number }[] | null | undefined): TokenEvent {
  if (top && top.length > 0) token.top = top.map((t) => ({ token: t.token, logprob: t.logprob }));
  return token;
}
