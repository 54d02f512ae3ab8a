// An engine whose every request carries eval's --temperature and --seed: the pipeline's stages ask for
// temperature 0, and this wrapper is the one place the command line overrides that, for every stage alike.
import type { ChatRequest, ChatResult, LlmEngine } from '../../core/generation/LlmEngine';

export interface Sampling {
  temperature?: number;
  seed?: number;
}

class SamplingEngine implements LlmEngine {
  readonly kind: string;
  readonly label: string;
  readonly countTokens?: (text: string) => Promise<number>;

  constructor(
    private readonly inner: LlmEngine,
    private readonly sampling: Sampling,
  ) {
    this.kind = inner.kind;
    this.label = inner.label;
    if (inner.countTokens) this.countTokens = (text) => inner.countTokens!(text);
  }

  model(): string | null {
    return this.inner.model();
  }

  chat(request: ChatRequest): Promise<ChatResult> {
    const sampled: ChatRequest = { ...request };
    if (this.sampling.temperature !== undefined) sampled.temperature = this.sampling.temperature;
    if (this.sampling.seed !== undefined) sampled.seed = this.sampling.seed;
    return this.inner.chat(sampled);
  }
}

/** `engine` itself when nothing is set, else a wrapper that sets temperature and seed on every request. */
export function withSampling(engine: LlmEngine, sampling: Sampling): LlmEngine {
  return sampling.temperature === undefined && sampling.seed === undefined
    ? engine
    : new SamplingEngine(engine, sampling);
}
