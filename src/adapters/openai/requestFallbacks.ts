// Servers differ in which OpenAI request fields they accept (llama.cpp, Ollama, vLLM, TGI, hosted
// reasoning models). When a 400 answer names the field it rejects, the request is changed in one known
// way and sent again; the engine remembers the change for the rest of the suite.
import type { ChatMessage, ChatRequest } from '../../core/generation/LlmEngine';

export type RequestFallback =
  'no-logprobs' | 'no-stream-options' | 'max-completion-tokens' | 'max-tokens' | 'fold-system';

export const REQUEST_FALLBACKS: readonly RequestFallback[] = [
  'no-logprobs',
  'no-stream-options',
  'max-completion-tokens',
  'max-tokens',
  'fold-system',
];

/**
 * The fallback a 400 answer asks for, given the body that was sent: the first one whose cause the answer names
 * and that would change the request; null when the answer names nothing we can change.
 */
export function fallbackFor(
  answer: string,
  sent: Record<string, unknown>,
  applied: ReadonlySet<RequestFallback>,
): RequestFallback | null {
  const text = answer.toLowerCase();
  const candidates: [RequestFallback, boolean][] = [
    ['no-logprobs', 'logprobs' in sent && /logprob/.test(text)],
    ['no-stream-options', 'stream_options' in sent && /stream_options|include_usage/.test(text)],
    ['max-completion-tokens', 'max_tokens' in sent && /\bmax_tokens\b/.test(text)],
    ['max-tokens', 'max_completion_tokens' in sent && /max_completion_tokens/.test(text)],
    [
      'fold-system',
      hasSystemMessage(sent) && /\bsystem\b/.test(text) && /role|not supported|unsupported|alternate/.test(text),
    ],
  ];
  // A swap and its reverse must not undo each other forever: each is tried once.
  return candidates.find(([fallback, named]) => named && !applied.has(fallback))?.[0] ?? null;
}

/** The request body as OpenAI documents it, before any fallback. */
export function chatRequestBody(model: string, request: ChatRequest): Record<string, unknown> {
  const body: Record<string, unknown> = {
    model,
    messages: request.messages,
    stream: true,
    stream_options: { include_usage: true },
  };
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
  if (request.seed !== undefined) body.seed = request.seed;
  if (request.topLogprobs) Object.assign(body, { logprobs: true, top_logprobs: request.topLogprobs });
  return body;
}

/** The request body with every applied fallback. */
export function applyFallbacks(
  body: Record<string, unknown>,
  applied: ReadonlySet<RequestFallback>,
): Record<string, unknown> {
  const out = { ...body };
  if (applied.has('no-logprobs')) {
    delete out.logprobs;
    delete out.top_logprobs;
  }
  if (applied.has('no-stream-options')) delete out.stream_options;
  // The later swap wins: max-tokens is only ever applied after max-completion-tokens failed too.
  if (applied.has('max-completion-tokens') && !applied.has('max-tokens') && 'max_tokens' in out) {
    out.max_completion_tokens = out.max_tokens;
    delete out.max_tokens;
  }
  if (applied.has('fold-system') && Array.isArray(out.messages))
    out.messages = foldSystemMessages(out.messages as ChatMessage[]);
  return out;
}

/** System messages folded into the first user message (chat templates such as Gemma's reject the system role). */
export function foldSystemMessages(messages: readonly ChatMessage[]): ChatMessage[] {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content);
  if (system.length === 0) return [...messages];
  const rest = messages.filter((m) => m.role !== 'system');
  const first = rest.findIndex((m) => m.role === 'user');
  const preamble = system.join('\n\n');
  if (first < 0) return [{ role: 'user', content: preamble }, ...rest];
  return rest.map((m, i) => (i === first ? { ...m, content: `${preamble}\n\n${m.content}` } : m));
}

function hasSystemMessage(body: Record<string, unknown>): boolean {
  return (
    Array.isArray(body.messages) &&
    body.messages.some((m) => typeof m === 'object' && m !== null && (m as { role?: unknown }).role === 'system')
  );
}
