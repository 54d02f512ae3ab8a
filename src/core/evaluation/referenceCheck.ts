// A suite run without a model checks each task's reference solution instead of generated code. This
// says which tasks that can cover, which are skipped and why, and which one configuration runs.
import type { Task } from '../task/Task';

/**
 * The configurations differ only in what is sent to a model (knowledge in the prompt, revision and
 * critique by the model), so without one they all give the same result: one configuration is run.
 */
export const REFERENCE_CONFIG_ID = 'baseline';

export const NO_REFERENCE_REASON = 'no reference solution to check without a model';

export interface SkippedTask {
  id: string;
  title?: string;
  reason: string;
}

export interface ReferenceCheckPlan {
  checked: Task[];
  skipped: SkippedTask[];
}

export function referenceCheckPlan(tasks: readonly Task[]): ReferenceCheckPlan {
  const checked = tasks.filter((t) => t.reference !== undefined);
  const skipped = tasks
    .filter((t) => t.reference === undefined)
    .map((t) => ({ id: t.id, ...(t.title ? { title: t.title } : {}), reason: NO_REFERENCE_REASON }));
  return { checked, skipped };
}

/** One sentence for the page: how many were skipped and which (the first few by name). */
export function describeSkipped(skipped: readonly SkippedTask[], total: number, shown = 5): string {
  if (skipped.length === 0) return '';
  const names = skipped.slice(0, shown).map((s) => s.title ?? s.id);
  const more = skipped.length > shown ? ` and ${skipped.length - shown} more` : '';
  const reasons = [...new Set(skipped.map((s) => s.reason))].join('; ');
  return `${skipped.length} of ${total} tasks skipped (${reasons}): ${names.join(', ')}${more}.`;
}

/** Why a suite cannot run at all without a model, or null when some task can be checked. */
export function nothingToCheck(plan: ReferenceCheckPlan): string | null {
  if (plan.checked.length > 0) return null;
  const n = plan.skipped.length;
  return `None of the ${n} task${n === 1 ? '' : 's'} has a reference solution, so there is nothing to check without a model. Load a model to evaluate them.`;
}
