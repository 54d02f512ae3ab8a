// Picks the language pasted code is read as: the user's pick, else the detected language, else the task's.
import type { Language, Task } from './Task';
import type { CodeLanguage, ProvidedLanguage } from './CodeLanguage';
import type { LanguageDetection } from './detectLanguage';

export async function chooseCodeLanguage(
  code: string,
  picked: ProvidedLanguage,
  taskLanguage: Language,
  detect?: (code: string) => Promise<LanguageDetection>,
): Promise<CodeLanguage> {
  if (picked !== 'auto') return { language: picked, source: 'picked' };
  const detection = detect ? await detect(code) : undefined;
  if (!detection?.best) return { language: taskLanguage, source: 'task', ...(detection ? { detection } : {}) };
  return { language: detection.best, source: 'detected', detection };
}

/**
 * The task the stages read in a check-my-own-code run: the pasted code as a code prefix in its own language, so
 * facets and retrieval come from the code (its calls, identifiers and comments), not from the task's text.
 */
export function ownCodeTask(task: Task, code: string, language: Language): Task {
  return { ...task, language, kind: 'completion', prompt: code };
}
