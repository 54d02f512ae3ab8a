// The engine port: one contract for WebLLM (in a worker), OpenAI-compatible servers, replays and test doubles.
import type { ChatMessage } from '../prompt/chatMessage';

export type { ChatMessage };

export interface TopLogprob {
  token: string;
  logprob: number;
}

export interface TokenEvent {
  text: string;
  logprob?: number;
  top?: TopLogprob[];
  /** Milliseconds since the request started, for replay pacing. */
  at?: number;
}

export interface ChatRequest {
  messages: ChatMessage[];
  temperature?: number;
  maxTokens?: number;
  seed?: number;
  /** Ask for per-token log-probabilities with this many alternatives (1..5); 0 or absent: none. */
  topLogprobs?: number;
  signal?: AbortSignal;
  onToken?: (token: TokenEvent) => void;
}

export type FinishReason = 'stop' | 'length' | 'abort';

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  decodeTokensPerSecond?: number;
  timeToFirstTokenMs?: number;
}

export interface ChatResult {
  text: string;
  tokens: TokenEvent[];
  finishReason: FinishReason;
  usage: Usage;
  ms: number;
}

export interface LoadProgress {
  /** 0..1 within the current phase (WebLLM restarts progress at each phase). */
  progress: number;
  phase: 'download' | 'cache' | 'shader' | 'ready' | 'other';
  text: string;
}

export interface LlmEngine {
  /** Adapter id: 'webllm', 'openai', 'replay', 'scripted'. */
  readonly kind: string;
  /** Human label shown in traces and the UI. */
  readonly label: string;
  /** The loaded model id, or null when none is loaded. */
  model(): string | null;
  chat(request: ChatRequest): Promise<ChatResult>;
  /** Exact token count with the model's tokenizer, when the engine has one. */
  countTokens?(text: string): Promise<number>;
}
