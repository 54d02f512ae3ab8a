// A tokenizer-free token estimate for when no model tokenizer is loaded. Code-model BPEs average
// roughly 3.5 characters per token on code and English; we round up so budgets err on the safe side.
export function estimateTokens(text: string): number {
  if (text.length === 0) return 0;
  return Math.ceil(text.length / 3.5);
}

export type TokenCounter = (text: string) => Promise<number>;

export const estimateCounter: TokenCounter = async (text) => estimateTokens(text);
