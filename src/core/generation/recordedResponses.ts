// The model answers a trace recorded, in the order the pipeline asked for them, so a replay engine
// can give the same answers again. Only generation records token timings; the other answers
// (draft, cause analysis, revision, critique rounds) are paced at the generation's recorded rate.
import type { RunTrace } from '../trace';
import { stageOutput } from '../trace';
import type { FinishReason, TokenEvent, Usage } from './LlmEngine';

export interface RecordedResponse {
  /** Which call this answered, for messages: 'draft', 'cause', 'generation', 'revision', 'critique 1'... */
  purpose: string;
  text: string;
  /** Tokens with their recorded `at` times. */
  tokens: TokenEvent[];
  finishReason: FinishReason;
  usage: Usage | null;
}

/** Pace for answers recorded without timings when the trace has no timed tokens either (about 40 tokens/s). */
export const DEFAULT_MS_PER_TOKEN = 25;

export function recordedResponses(trace: RunTrace): RecordedResponse[] {
  const generation = stageOutput(trace, 'generation');
  const timed = generation?.source === 'model' ? generation.tokens : [];
  const pace = msPerToken(timed);
  const untimed = (purpose: string, text: string): RecordedResponse => ({
    purpose,
    text,
    tokens: splitTokens(text).map((piece, i) => ({ text: piece, at: Math.round((i + 1) * pace) })),
    finishReason: 'stop',
    usage: null,
  });
  const out: RecordedResponse[] = [];
  const facets = stageOutput(trace, 'facets');
  if (facets?.draft.text !== undefined) out.push(untimed('draft', facets.draft.text));
  if (facets?.causeAnalysis.text !== undefined) out.push(untimed('cause', facets.causeAnalysis.text));
  if (generation?.source === 'model' && generation.finishReason !== 'provided') {
    const tokens = timed.length ? timed : untimed('generation', generation.text).tokens;
    out.push({
      purpose: 'generation',
      text: generation.text,
      tokens,
      finishReason: generation.finishReason,
      usage: generation.usage,
    });
  }
  const revision = stageOutput(trace, 'revision');
  if (revision?.response !== undefined) out.push(untimed('revision', revision.response));
  for (const round of stageOutput(trace, 'critique')?.rounds ?? []) {
    out.push(untimed(`critique ${round.round}`, round.critique));
    if (round.response !== undefined) out.push(untimed(`improve ${round.round}`, round.response));
  }
  return out;
}

/** Average recorded milliseconds per token, from the last token's `at`. */
export function msPerToken(tokens: readonly TokenEvent[]): number {
  const last = tokens.at(-1)?.at;
  return last !== undefined && last > 0 ? last / tokens.length : DEFAULT_MS_PER_TOKEN;
}

/** Word, space and punctuation pieces: close enough to model tokens for pacing. */
export function splitTokens(text: string): string[] {
  return text.match(/\s+|[A-Za-z_][A-Za-z0-9_]*|\d+|[^\sA-Za-z0-9_]/g) ?? [];
}
