// The revision prompt: the code, the analyser's findings and retrieved advisories given as
// advisory context, with an explicit way to answer that no change is needed.
import type { ChatMessage } from '../generation/LlmEngine';
import type { Finding } from '../analysis/Finding';
import type { Task } from '../task/Task';
import type { AdvisoryText } from './AdvisorPort';
import { SYSTEM_PROMPT } from '../prompt/promptText';

export const NO_CHANGE_ANSWER = 'NO CHANGE NEEDED';

export function buildRevisionPrompt(
  task: Task,
  code: string,
  findings: Finding[],
  advisories: AdvisoryText[],
): ChatMessage[] {
  const fence = '```';
  const parts = [
    `Review this ${task.language} code, written for the task below, for security problems and revise it if needed.`,
    `Task:\n${task.prompt.trim()}`,
    `Code:\n${fence}${task.language}\n${code.trimEnd()}\n${fence}`,
  ];
  if (findings.length) {
    parts.push(
      `Static analysis findings:\n${findings.map((f) => `- line ${f.line}: ${f.cwe} ${f.message}`).join('\n')}`,
    );
  }
  if (advisories.length) {
    parts.push(
      'Advice from security discussions of similar code (advisory only: apply it where it fits this code, ignore it where it does not):\n' +
        advisories.map((a, i) => `[${i + 1}] ${a.title}\n${summarise(a.answer)}`).join('\n\n'),
    );
  }
  parts.push(
    `If the code is already secure and correct, answer exactly "${NO_CHANGE_ANSWER}". ` +
      'Otherwise answer with the complete revised code in one fenced block, keeping its behaviour, signatures and imports.',
  );
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: parts.join('\n\n') },
  ];
}

/** Keeps advisories short: the first paragraph of prose plus any code, capped. */
function summarise(answer: string): string {
  const text = answer.trim();
  return text.length > 900 ? `${text.slice(0, 900)}…` : text;
}
