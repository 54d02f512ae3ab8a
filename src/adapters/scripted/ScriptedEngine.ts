// A scripted engine double for tests and e2e: answers from a script of (pattern -> reply) rules,
// streamed token by token, with abort and deterministic per-token log-probabilities.
import type { ChatRequest, ChatResult, LlmEngine, TokenEvent } from '../../core/generation/LlmEngine';
import { PlaygroundError } from '../../core/errors';

export interface ScriptRule {
  /** Regular expression tested against the last user message; absent matches everything. */
  match?: string;
  reply: string;
}

export interface EngineScript {
  rules: ScriptRule[];
  /** Delay between streamed tokens, to make cancellation observable. */
  tokenDelayMs?: number;
  label?: string;
  /** Set when no script was handed in: every request then fails with ENGINE_NO_SCRIPT, never a fake success. */
  missing?: boolean;
}

/** How many of the latest requests are kept for assertions: each holds a whole prompt, so keeping all leaks. */
export const KEPT_REQUESTS = 20;

export class ScriptedEngine implements LlmEngine {
  readonly kind = 'scripted';
  readonly label: string;
  /** The latest requests received (at most KEPT_REQUESTS, oldest first), for assertions. */
  readonly requests: ChatRequest[] = [];
  private readonly script: EngineScript;

  constructor(script: EngineScript) {
    if (!Array.isArray(script.rules))
      throw new PlaygroundError('BAD_INPUT', { message: 'script.rules must be an array' });
    this.script = script;
    this.label = script.label ?? 'Scripted test engine';
  }

  model(): string {
    return 'scripted';
  }

  async countTokens(text: string): Promise<number> {
    return tokenize(text).length;
  }

  async chat(request: ChatRequest): Promise<ChatResult> {
    this.requests.push(request);
    if (this.requests.length > KEPT_REQUESTS) this.requests.splice(0, this.requests.length - KEPT_REQUESTS);
    if (this.script.missing)
      throw new PlaygroundError('ENGINE_NO_SCRIPT', {
        hint: 'Tests set window.__SCG_ENGINE_SCRIPT__ before the page loads; to use a model, open the page without ?engine=scripted and load one.',
      });
    const started = performance.now();
    const last = [...request.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
    const rule = this.script.rules.find((r) => r.match === undefined || new RegExp(r.match, 'm').test(last));
    const reply = rule?.reply ?? '';
    const tokens: TokenEvent[] = [];
    let text = '';
    for (const piece of tokenize(reply)) {
      if (request.signal?.aborted) {
        return finish('abort');
      }
      if (this.script.tokenDelayMs) await sleep(this.script.tokenDelayMs, request.signal);
      const token: TokenEvent = { text: piece, at: Math.round(performance.now() - started) };
      if (request.topLogprobs) {
        token.logprob = pseudoLogprob(piece);
        token.top = [{ token: piece, logprob: token.logprob }];
      }
      tokens.push(token);
      text += piece;
      request.onToken?.(token);
    }
    return finish(request.maxTokens !== undefined && tokens.length > request.maxTokens ? 'length' : 'stop');

    function finish(finishReason: ChatResult['finishReason']): ChatResult {
      const promptTokens = request.messages.reduce((n, m) => n + tokenize(m.content).length, 0);
      return {
        text,
        tokens,
        finishReason,
        usage: { promptTokens, completionTokens: tokens.length },
        ms: performance.now() - started,
      };
    }
  }
}

/** Splits text into word, space and punctuation pieces, roughly like a BPE tokenizer would. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[A-Za-z_][A-Za-z0-9_]*|\d+|[^\sA-Za-z0-9_]/g) ?? [];
}

function pseudoLogprob(piece: string): number {
  let h = 0;
  for (const ch of piece) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return -((h % 1000) / 250);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
