// An engine whose every request carries a chosen temperature and seed (eval's --temperature and --seed, the
// evaluation page's settings): the pipeline's stages ask for temperature 0, and this wrapper is the one place
// that is overridden, for every stage alike.
import type { ChatRequest, ChatResult, LlmEngine } from '../generation/LlmEngine';

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

/** eval's --temperature and --seed as numbers; absent ones stay absent. */
export function samplingOf(flags: Record<string, string>): Sampling {
  const { temperature, seed } = flags;
  return {
    ...(temperature !== undefined ? { temperature: Number(temperature) } : {}),
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
  };
}

/**
 * The sampling of sample i of K: with a seed S, sample i sends seed S + i, so the K samples differ (one seed
 * would draw the same answer K times) and a rerun with the same S draws the same K answers.
 */
export function samplingForSample(sampling: Sampling, sample: number): Sampling {
  return sampling.seed === undefined ? sampling : { ...sampling, seed: sampling.seed + sample };
}

/** `engine` itself when nothing is set, else a wrapper that sets temperature and seed on every request. */
export function withSampling(engine: LlmEngine, sampling: Sampling): LlmEngine {
  return sampling.temperature === undefined && sampling.seed === undefined
    ? engine
    : new SamplingEngine(engine, sampling);
}
