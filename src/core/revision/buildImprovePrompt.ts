// The improve prompt: the code, the critique of this round and the analyser's findings; the model
// answers with revised code, or says no change is needed (parsed like a revision answer).
import type { ChatMessage } from '../generation/LlmEngine';
import type { Finding } from '../analysis/Finding';
import type { Task } from '../task/Task';
import { SYSTEM_PROMPT } from '../prompt/promptText';
import { NO_CHANGE_ANSWER } from './buildRevisionPrompt';

export function buildImprovePrompt(
  task: Task,
  code: string,
  issues: readonly string[],
  findings: readonly Finding[],
): ChatMessage[] {
  const fence = '```';
  const parts = [
    `Improve this ${task.language} code, written for the task below, by fixing the problems a security review found.`,
    `Task:\n${task.prompt.trim()}`,
    `Code:\n${fence}${task.language}\n${code.trimEnd()}\n${fence}`,
  ];
  if (issues.length) parts.push(`Review:\n${issues.map((i) => `- ${i}`).join('\n')}`);
  if (findings.length) {
    parts.push(
      `Static analysis findings:\n${findings.map((f) => `- line ${f.line}: ${f.cwe} ${f.message}${f.fix ? ` (fix: ${f.fix})` : ''}`).join('\n')}`,
    );
  }
  parts.push(
    `If none of these apply to the code, answer exactly "${NO_CHANGE_ANSWER}". ` +
      'Otherwise answer with the complete improved code in one fenced block, keeping its behaviour, signatures and imports.',
  );
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: parts.join('\n\n') },
  ];
}
