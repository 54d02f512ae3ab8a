// The replay engine: an LlmEngine that gives a recorded trace's model answers back, in order,
// token by token at the recorded pace (TokenEvent.at divided by a speed factor), abortable.
// Re-running the pipeline with it recomputes every stage from the recorded model outputs.
import type { ChatRequest, ChatResult, LlmEngine, TokenEvent } from '../../core/generation/LlmEngine';
import type { RunTrace } from '../../core/trace';
import { PlaygroundError } from '../../core/errors';
import { recordedResponses, type RecordedResponse } from '../../core/generation/recordedResponses';

export interface ReplayOptions {
  /** 1 plays at the recorded pace, 2 twice as fast; Infinity without waiting. */
  speed?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export class ReplayEngine implements LlmEngine {
  readonly kind = 'replay';
  readonly label: string;
  readonly sourceRunId: string;
  private readonly queue: RecordedResponse[];
  private readonly recordedModel: string | null;
  private readonly speed: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(trace: RunTrace, options: ReplayOptions = {}) {
    this.sourceRunId = trace.runId;
    this.label = `Replay of ${trace.runId}`;
    this.queue = recordedResponses(trace);
    this.recordedModel = trace.engine?.model ?? null;
    this.speed = options.speed && options.speed > 0 ? options.speed : 1;
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? sleep;
  }

  model(): string {
    return this.recordedModel ?? 'replay';
  }

  /** Answers not yet given. */
  remaining(): number {
    return this.queue.length;
  }

  async chat(request: ChatRequest): Promise<ChatResult> {
    const recorded = this.queue.shift();
    if (!recorded) {
      throw new PlaygroundError('GENERATION_FAILED', {
        message: `The replay of ${this.sourceRunId} has no more recorded model answers.`,
        hint: 'The replayed run asked the model more often than the recorded one did (e.g. a different analyser result).',
      });
    }
    const started = this.now();
    const tokens: TokenEvent[] = [];
    const finish = (finishReason: ChatResult['finishReason']): ChatResult => ({
      text: tokens.map((t) => t.text).join(''),
      tokens,
      finishReason,
      usage: recorded.usage ?? { promptTokens: 0, completionTokens: tokens.length },
      ms: this.now() - started,
    });
    for (const token of recorded.tokens) {
      if (request.signal?.aborted) return finish('abort');
      const wait = (token.at ?? 0) / this.speed - (this.now() - started);
      if (wait > 0 && Number.isFinite(wait)) await this.sleep(wait, request.signal);
      if (request.signal?.aborted) return finish('abort');
      tokens.push(token);
      request.onToken?.(token);
    }
    return finish(recorded.finishReason);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    // The listener is removed when the timer fires, so thousands of tokens do not pile up listeners.
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
