// The fixed wording of prompts, kept in one place so prompt changes are reviewable as text.
import type { Task } from '../task/Task';

export const SYSTEM_PROMPT =
  'You are a careful software engineer. You write correct, secure, idiomatic code and answer with code in one fenced block.';

/** RESCUE's two rules for chat models. */
export const KNOWLEDGE_RULES = [
  "Keep the given code's function signatures and imports unchanged.",
  'Use the security knowledge above only where it applies to this task; do not copy the example.',
];

export function taskText(task: Task): string {
  const fence = '```';
  if (task.kind === 'completion') {
    return `Complete the following ${task.language} code. Return the whole completed code.\n${fence}${task.language}\n${task.prompt.trimEnd()}\n${fence}`;
  }
  return `${task.prompt.trim()}\nAnswer in ${task.language}, with the complete code in one ${fence}${task.language} block.`;
}
