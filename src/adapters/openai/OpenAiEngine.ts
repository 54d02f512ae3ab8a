// The engine port over any OpenAI-compatible server (llama.cpp, Ollama, vLLM, hosted APIs):
// POST {base}/chat/completions with stream: true, read as server-sent events, abortable.
import type {
  ChatRequest,
  ChatResult,
  FinishReason,
  LlmEngine,
  TokenEvent,
  Usage,
} from '../../core/generation/LlmEngine';
import { PlaygroundError, isAbortError } from '../../core/errors';
import { chatChunkSchema, type ChatChunk } from './chatChunkSchema';
import { connectionFailure, httpFailure } from './httpFailure';
import { readSseEvents } from './readSseEvents';
import { tokensOfChoice } from './tokensOfChoice';

/** A request with no complete answer in this time fails (--timeout-ms changes it): a hung server must not stall a suite. */
export const DEFAULT_TIMEOUT_MS = 120_000;
/** Characters of answer text past which a response is refused: no code answer is this long, a runaway server is. */
export const MAX_ANSWER_CHARS = 2_000_000;

export interface OpenAiEngineOptions {
  /** e.g. http://127.0.0.1:8080/v1; "/v1" is added when the address has no path. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Whole-request limit; a request that takes longer fails with TIMEOUT. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function chatCompletionsUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = `${path === '' ? '/v1' : path}/chat/completions`;
  return url.toString();
}

export class OpenAiEngine implements LlmEngine {
  readonly kind = 'openai';
  readonly label: string;
  private readonly url: string;
  private readonly options: OpenAiEngineOptions;

  constructor(options: OpenAiEngineOptions) {
    try {
      this.url = chatCompletionsUrl(options.baseUrl);
    } catch {
      throw new PlaygroundError('BAD_INPUT', {
        message: `not a valid server address: "${options.baseUrl}"`,
        hint: 'Give a full URL such as http://127.0.0.1:8080/v1.',
      });
    }
    this.options = options;
    this.label = `${options.model} at ${new URL(this.url).host}`;
  }

  model(): string {
    return this.options.model;
  }

  async chat(request: ChatRequest): Promise<ChatResult> {
    const started = performance.now();
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
    const tokens: TokenEvent[] = [];
    let text = '';
    let usage: Usage | null = null;
    let finish: FinishReason | null = null;
    let firstTokenAt: number | null = null;
    const onChunk = (chunk: ChatChunk): void => {
      if (chunk.error)
        throw new PlaygroundError('ENGINE_SERVER_ERROR', {
          detail: chunk.error.message ?? JSON.stringify(chunk.error),
        });
      if (chunk.usage)
        usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
      const choice = chunk.choices[0];
      if (!choice) return;
      for (const token of tokensOfChoice(choice, Math.round(performance.now() - started))) {
        firstTokenAt ??= performance.now();
        tokens.push(token);
        text += token.text;
        if (text.length > MAX_ANSWER_CHARS) {
          throw new PlaygroundError('ENGINE_BAD_RESPONSE', {
            message: 'The answer is too long.',
            detail: `more than ${MAX_ANSWER_CHARS} characters from ${this.url}`,
          });
        }
        request.onToken?.(token);
      }
      if (choice.finish_reason) finish = choice.finish_reason === 'length' ? 'length' : 'stop';
    };
    try {
      const response = await this.post(request, signal);
      if (!response.ok) throw httpFailure(response.status, await response.text().catch(() => ''), this.url);
      if ((response.headers.get('content-type') ?? '').includes('application/json')) {
        // A server that ignores stream: true answers with one whole completion.
        onChunk(parseChunk(await response.text()));
      } else {
        if (!response.body) throw new PlaygroundError('ENGINE_BAD_RESPONSE', { detail: 'empty response body' });
        let ended = false;
        for await (const data of readSseEvents(response.body)) {
          if (data.trim() === '[DONE]') {
            ended = true;
            break;
          }
          onChunk(parseChunk(data));
        }
        if (!ended && finish === null)
          throw new PlaygroundError('ENGINE_BAD_RESPONSE', {
            detail: 'the stream ended before [DONE] or a finish reason',
          });
      }
    } catch (error) {
      if (request.signal?.aborted && isAbortError(error)) return result('abort');
      if (timeout.signal.aborted)
        throw new PlaygroundError('TIMEOUT', {
          detail: `no complete answer from ${this.url} in ${this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`,
        });
      if (error instanceof PlaygroundError) throw error;
      // The connection dropped while the answer streamed in.
      throw new PlaygroundError('ENGINE_BAD_RESPONSE', {
        message: 'The answer stream was cut off.',
        detail: error instanceof Error ? error.message : String(error),
      });
    } finally {
      clearTimeout(timer);
    }
    return result(finish ?? 'stop');

    function result(reason: FinishReason): ChatResult {
      const ms = performance.now() - started;
      const measured: Usage = usage ?? { promptTokens: 0, completionTokens: tokens.length };
      if (firstTokenAt !== null) {
        measured.timeToFirstTokenMs = Math.round(firstTokenAt - started);
        const decodeMs = performance.now() - firstTokenAt;
        if (decodeMs > 0 && measured.completionTokens > 1)
          measured.decodeTokensPerSecond = Math.round(((measured.completionTokens - 1) / decodeMs) * 10000) / 10;
      }
      return { text, tokens, finishReason: reason, usage: measured, ms };
    }
  }

  private async post(request: ChatRequest, signal: AbortSignal): Promise<Response> {
    const body: Record<string, unknown> = {
      model: this.options.model,
      messages: request.messages,
      stream: true,
      stream_options: { include_usage: true },
    };
    if (request.temperature !== undefined) body.temperature = request.temperature;
    if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
    if (request.seed !== undefined) body.seed = request.seed;
    if (request.topLogprobs) Object.assign(body, { logprobs: true, top_logprobs: request.topLogprobs });
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    try {
      return await (this.options.fetch ?? fetch)(this.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw error;
      throw connectionFailure(this.url, error);
    }
  }
}

function parseChunk(data: string): ChatChunk {
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
