// The critique prompt: asks the model to review code against the CWE Top 25 and the analyser's
// current findings, and to list concrete problems or answer that it found none.
import type { ChatMessage } from '../generation/LlmEngine';
import type { Finding } from '../analysis/Finding';
import type { Task } from '../task/Task';
import { SYSTEM_PROMPT } from '../prompt/promptText';
import TOP25 from '../revision/cweTop25.json';

export const NO_ISSUES_ANSWER = 'NO ISSUES FOUND';

export function buildCritiquePrompt(task: Task, code: string, findings: readonly Finding[]): ChatMessage[] {
  const fence = '```';
  const parts = [
    `Critique this ${task.language} code, written for the task below, for security weaknesses. Do not rewrite it.`,
    `Task:\n${task.prompt.trim()}`,
    `Code:\n${fence}${task.language}\n${code.trimEnd()}\n${fence}`,
    `Check it against the CWE Top 25:\n${TOP25.map((c) => `${c.id}: ${c.name}`).join('\n')}`,
    findings.length
      ? `A static analyser currently reports:\n${findings.map((f) => `- line ${f.line}: ${f.cwe} ${f.message}`).join('\n')}`
      : 'A static analyser currently reports no findings.',
    `List each real problem on its own line starting with "- ", naming the CWE and the line. ` +
      `If you find no problem, answer exactly "${NO_ISSUES_ANSWER}".`,
  ];
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: parts.join('\n\n') },
  ];
}
