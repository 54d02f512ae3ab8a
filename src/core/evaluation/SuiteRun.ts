// One evaluation run of a suite as the page keeps it: which tasks, configurations and model, and
// how far it got. Stored beside its results so a reload (or a crash) can show and resume it.
import { z } from 'zod';
import { taskSchema } from '../task/taskSchema';

// Stored runs are read back leniently (unknown fields dropped, not refused): a field added to Task
// later must not hide older runs.
const suiteTaskSchema = z.object(taskSchema.shape);

export const suiteRunSchema = z.object({
  id: z.string(),
  /** What the suite was: "gallery", "gallery: python", "3 chosen tasks", a file name. */
  name: z.string(),
  createdAt: z.string(),
  /** The tasks themselves, so a suite read from a file can be resumed without the file. */
  tasks: z.array(suiteTaskSchema),
  configIds: z.array(z.string()),
  /** The model's id, or 'reference' when no model was loaded and reference solutions were checked. */
  model: z.string(),
  testTimeoutMs: z.number(),
  /** 'running' after a reload means the page closed mid-run: the suite can be resumed. */
  status: z.enum(['running', 'cancelled', 'done']),
  wallMs: z.number(),
  /** Tasks of the suite that were not run, and why (without a model: those without a reference solution). */
  skipped: z.array(z.object({ id: z.string(), title: z.string().optional(), reason: z.string() })).optional(),
  /** Runs per (task, configuration), K; absent in older runs (1). */
  samples: z.number().int().min(1).optional(),
  /** Sampling temperature of every request; absent: the stages' own (0). */
  temperature: z.number().min(0).max(2).optional(),
  /** Seed S: sample i sends S + i; absent: none is sent. */
  seed: z.number().int().optional(),
});

export type SuiteRun = z.infer<typeof suiteRunSchema>;

export function newSuiteRunId(now = new Date()): string {
  return `suite-${now.toISOString().replace(/[-:.TZ]/g, '')}-${Math.random().toString(36).slice(2, 6)}`;
}
