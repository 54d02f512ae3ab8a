// The task selected when the page opens: a short Python lookup whose retrieval (CWE-89) and fix (a bound
// parameter instead of SQL built from text) a newcomer can follow at a glance.
import type { Task } from './Task';

export const DEFAULT_TASK_ID = 'py-find-user';

/** The default task when the gallery has it, else the gallery's first task, else none. */
export function defaultTaskId(tasks: readonly Pick<Task, 'id'>[]): string | null {
  return tasks.find((t) => t.id === DEFAULT_TASK_ID)?.id ?? tasks[0]?.id ?? null;
}
