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
import type { ChatChunk } from './chatChunkSchema';
import { connectionFailure, httpFailure, isDroppedConnection } from './httpFailure';
import { DEFAULT_RETRIES, DEFAULT_RETRY_BASE_MS, isRetryableStatus, retryDelayMs, sleep } from './retryDelay';
import { applyFallbacks, chatRequestBody, fallbackFor, type RequestFallback } from './requestFallbacks';
import { definedCounts, readChatAnswer } from './readChatAnswer';
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
  /** Retries of a request after 429, 5xx or a connection dropped before the answer began (default 4). */
  retries?: number;
  /** First backoff delay in ms, doubled per retry (a Retry-After answer overrides it); default 1000. */
  retryBaseMs?: number;
  /** Never ask for log-probabilities (--no-logprobs), e.g. for a server that is slow with them. */
  noLogprobs?: boolean;
  /** Waits between retries; tests replace it to record the delays. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
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
  /** Request changes a 400 answer asked for, kept for every later request of this engine (the rest of the suite). */
  readonly fallbacks = new Set<RequestFallback>();

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
    if (options.noLogprobs) this.fallbacks.add('no-logprobs');
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
    let usage: Partial<Usage> | null = null;
    let finish: FinishReason | null = null;
    let firstTokenAt: number | null = null;
    const onChunk = (chunk: ChatChunk): void => {
      if (chunk.error)
        throw new PlaygroundError('ENGINE_SERVER_ERROR', {
          detail: chunk.error.message ?? JSON.stringify(chunk.error),
        });
      // Some servers send partial usage (only one count, or nulls): what is missing is filled in at the end.
      if (chunk.usage) usage = { ...usage, ...definedCounts(chunk.usage) };
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
    const retries = this.options.retries ?? DEFAULT_RETRIES;
    const wait = this.options.sleep ?? sleep;
    let retry = 0;
    const backoff = async (retryAfter: string | null): Promise<void> => {
      await wait(retryDelayMs(retry, retryAfter, this.options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS), signal);
      retry += 1;
    };
    try {
      for (;;) {
        const sent = applyFallbacks(chatRequestBody(this.options.model, request), this.fallbacks);
        const response = await this.post(sent, signal);
        if (response === 'dropped') {
          if (retry >= retries)
            throw new PlaygroundError('ENGINE_UNREACHABLE', {
              detail: `${this.url} dropped the connection ${retry + 1} times`,
            });
          await backoff(null);
          continue;
        }
        if (!response.ok) {
          const answer = await response.text().catch(() => '');
          const fallback = response.status === 400 ? fallbackFor(answer, sent, this.fallbacks) : null;
          if (fallback) {
            this.fallbacks.add(fallback);
            continue;
          }
          if (isRetryableStatus(response.status) && retry < retries) {
            await backoff(response.headers.get('retry-after'));
            continue;
          }
          throw httpFailure(response.status, answer, this.url);
        }
        try {
          await readChatAnswer(response, onChunk, () => finish !== null);
          break;
        } catch (error) {
          // Dropped before the first token: nothing was shown, so the request can simply be sent again.
          if (error instanceof PlaygroundError || signal.aborted || tokens.length > 0 || retry >= retries) throw error;
          await backoff(null);
        }
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
      const measured: Usage = {
        promptTokens: usage?.promptTokens ?? 0,
        completionTokens: usage?.completionTokens ?? tokens.length,
      };
      if (firstTokenAt !== null) {
        measured.timeToFirstTokenMs = Math.round(firstTokenAt - started);
        const decodeMs = performance.now() - firstTokenAt;
        if (decodeMs > 0 && measured.completionTokens > 1)
          measured.decodeTokensPerSecond = Math.round(((measured.completionTokens - 1) / decodeMs) * 10000) / 10;
      }
      return { text, tokens, finishReason: reason, usage: measured, ms };
    }
  }

  /** The server's response, or 'dropped' when the connection broke before any answer (worth a retry). */
  private async post(body: Record<string, unknown>, signal: AbortSignal): Promise<Response | 'dropped'> {
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
      if (isDroppedConnection(error)) return 'dropped';
      throw connectionFailure(this.url, error);
    }
  }
}
