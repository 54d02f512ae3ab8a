// The assembled prompts: one with retrieved knowledge, one baseline without, each split into marked sections.
import type { ChatMessage } from './chatMessage';

export type SectionKind = 'system' | 'rules' | 'guidelines' | 'example' | 'task';

export interface PromptSection {
  kind: SectionKind;
  title: string;
  text: string;
  tokens: number;
  /** Knowledge ids the section carries (guideline or example ids). */
  sources: string[];
}

export interface BuiltPrompt {
  messages: ChatMessage[];
  sections: PromptSection[];
  tokens: number;
}

export interface PromptRecord {
  withKnowledge: BuiltPrompt;
  baseline: BuiltPrompt;
  budget: number;
  /** 'tokenizer': counted with the loaded model's tokenizer; 'estimate': a character-based estimate. */
  tokenCount: 'tokenizer' | 'estimate';
  /** Knowledge ids left out to fit the budget. */
  dropped: string[];
  /** Which prompt the generation stage will send. */
  use: 'knowledge' | 'baseline';
}
