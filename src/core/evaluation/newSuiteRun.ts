// A new suite run from what the evaluation page picked, or the reason it cannot start. Without a
// model it covers only the tasks with a reference solution, under one configuration (referenceCheck.ts).
import type { Task } from '../task/Task';
import { newSuiteRunId, type SuiteRun } from './SuiteRun';
import { REFERENCE_MODEL } from './runSuite';
import { nothingToCheck, REFERENCE_CONFIG_ID, referenceCheckPlan } from './referenceCheck';

export interface NewSuiteRunInput {
  name: string;
  tasks: readonly Task[];
  configIds: readonly string[];
  /** The loaded model's id, or null when none is loaded. */
  model: string | null;
  testTimeoutMs: number;
  now?: Date;
  /** K samples per task and configuration, with this temperature and seed (as eval's flags). */
  sampling?: { samples: number; temperature?: number; seed?: number };
}

export function newSuiteRun(input: NewSuiteRunInput): { suite: SuiteRun } | { refused: string } {
  if (input.tasks.length === 0) return { refused: 'The suite has no tasks.' };
  const plan = input.model ? { checked: [...input.tasks], skipped: [] } : referenceCheckPlan(input.tasks);
  const empty = nothingToCheck(plan);
  if (empty) return { refused: empty };
  const configIds = input.model ? [...input.configIds] : [REFERENCE_CONFIG_ID];
  if (configIds.length === 0) return { refused: 'Pick at least one configuration.' };
  const now = input.now ?? new Date();
  return {
    suite: {
      id: newSuiteRunId(now),
      name: input.name,
      createdAt: now.toISOString(),
      tasks: plan.checked,
      configIds,
      model: input.model ?? REFERENCE_MODEL,
      testTimeoutMs: input.testTimeoutMs,
      status: 'running',
      wallMs: 0,
      ...(plan.skipped.length > 0 ? { skipped: plan.skipped } : {}),
      ...samplingFields(input),
    },
  };
}

/** The sampling fields a suite run keeps; a reference check sends no request, so it keeps none. */
function samplingFields(input: NewSuiteRunInput): Pick<SuiteRun, 'samples' | 'temperature' | 'seed'> {
  const sampling = input.sampling;
  if (!sampling || !input.model) return {};
  return {
    ...(sampling.samples > 1 ? { samples: Math.floor(sampling.samples) } : {}),
    ...(sampling.temperature !== undefined ? { temperature: sampling.temperature } : {}),
    ...(sampling.seed !== undefined ? { seed: sampling.seed } : {}),
  };
}
