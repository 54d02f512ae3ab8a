// The generation stage: sends the chosen prompt to the engine (streaming tokens to the UI) and
// extracts the code; with code pasted by the user it records that code instead.
import type { PromptRecord } from '../prompt/PromptRecord';
import type { GenerationRecord } from './GenerationRecord';
import type { LlmEngine, TokenEvent } from './LlmEngine';
import type { Task } from '../task/Task';
import { PlaygroundError } from '../errors';
import { extractCode } from './extractCode';
import { stripReasoning } from './stripReasoning';

export interface GenerateInput {
  task: Task;
  prompt: PromptRecord;
  engine: LlmEngine | null;
  providedCode?: string;
  signal?: AbortSignal;
  onToken?: (token: TokenEvent) => void;
  topLogprobs?: number;
  maxTokens?: number;
}

export async function generateCode(input: GenerateInput): Promise<GenerationRecord> {
  const use = input.prompt.use;
  if (input.providedCode !== undefined) {
    return {
      source: 'provided',
      engine: 'none',
      model: null,
      text: input.providedCode,
      code: input.providedCode,
      tokens: [],
      finishReason: 'provided',
      usage: null,
      prompt: use,
    };
  }
  if (!input.engine) throw new PlaygroundError('ENGINE_NOT_LOADED');
  const built = use === 'knowledge' ? input.prompt.withKnowledge : input.prompt.baseline;
  const result = await input.engine.chat({
    messages: built.messages,
    temperature: 0,
    maxTokens: input.maxTokens ?? 1024,
    topLogprobs: input.topLogprobs,
    signal: input.signal,
    onToken: input.onToken,
  });
  if (result.finishReason === 'abort') throw new PlaygroundError('ABORTED');
  return {
    source: 'model',
    engine: input.engine.kind,
    model: input.engine.model(),
    text: result.text,
    code: extractCode(stripReasoning(result.text), input.task.language),
    tokens: result.tokens,
    finishReason: result.finishReason,
    usage: result.usage,
    prompt: use,
  };
}
