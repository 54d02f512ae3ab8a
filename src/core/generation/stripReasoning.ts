// Reasoning models (DeepSeek-R1, Qwen3, QwQ) think aloud in <think>...</think> before answering; when the
// server does not split the thinking into its own field, it arrives in the answer text. Code is
// extracted from what is left, so a fenced block inside the thinking is never taken for the answer.

const THINK_BLOCK = /<think>[\s\S]*?<\/think>/gi;

/**
 * The answer without its reasoning: every closed <think> block removed; an opening tag never closed
 * (the answer was cut off mid-thought) drops everything after it; a lone closing tag (templates that
 * open the block in the prompt) drops everything before it.
 */
export function stripReasoning(text: string): string {
  let answer = text.replace(THINK_BLOCK, '');
  const lastClose = answer.toLowerCase().lastIndexOf('</think>');
  if (lastClose >= 0) answer = answer.slice(lastClose + '</think>'.length);
  const open = answer.toLowerCase().indexOf('<think>');
  if (open >= 0) answer = answer.slice(0, open);
  return answer === text ? text : answer.replace(/^\s+/, '');
}
