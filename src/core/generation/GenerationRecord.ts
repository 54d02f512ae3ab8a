// What the generation stage produced: raw text, extracted code, tokens and usage.
import type { FinishReason, TokenEvent, Usage } from './LlmEngine';

export interface GenerationRecord {
  /** 'model': written by the engine; 'provided': pasted by the user to check without a model. */
  source: 'model' | 'provided';
  engine: string;
  model: string | null;
  text: string;
  /** The code extracted from the text (first fenced block, or the whole text). */
  code: string;
  tokens: TokenEvent[];
  finishReason: FinishReason | 'provided';
  usage: Usage | null;
  /** Which prompt was sent: with retrieved knowledge, or the baseline. */
  prompt: 'knowledge' | 'baseline';
}
