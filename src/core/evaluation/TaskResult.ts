// One evaluated (task, configuration, model) run: a flat, serialisable record the browser persists
// as it completes, the CLI writes into its report, and summaries are computed from.
import { z } from 'zod';
import { languageSchema } from '../task/taskSchema';
import { ERROR_CATALOGUE, type ErrorCode } from '../errors';

const errorCodes = Object.keys(ERROR_CATALOGUE) as [ErrorCode, ...ErrorCode[]];

export const revisionOutcomeSchema = z.enum(['fix', 'intro', 'no-change']);
export type RevisionOutcome = z.infer<typeof revisionOutcomeSchema>;

export const taskResultSchema = z.object({
  id: z.string(),
  config: z.string(),
  /** Model id (or engine label) that generated the code; 'reference' when the reference solution was checked. */
  model: z.string(),
  /** Which of the K samples of this (task, configuration, model) this run is, from 0; absent in older records (0). */
  sample: z.number().int().min(0).optional(),
  language: languageSchema,
  /** The CWE the task is labelled with, when it has one. */
  cwe: z.string().nullable(),
  /** Our analyser found nothing in the final code (after revision and critique when they ran); null for a run with `error`. */
  secure: z.boolean().nullable(),
  /** Functional tests passed; null when the task has no tests, no runner was given, or the run has `error`. */
  passed: z.boolean().nullable(),
  /** Security tests passed; null: the task has no security test (none is inferred), no runner, or `error`. */
  securityTestsPassed: z.boolean().nullable().optional(),
  /** CWEs the retriever chose for the prompt, best first. */
  cwes: z.array(z.string()),
  /** The labelled CWE is among the chosen CWEs; null without knowledge or without a label. */
  retrievalHit: z.boolean().nullable(),
  /** What revision (and critique) did to the analyser's verdict; null when neither ran. */
  revision: revisionOutcomeSchema.nullable(),
  /** Finding-level change from the first to the final code (revisionMetrics); null or absent when neither ran. */
  revisionMetrics: z
    .object({
      findingsBefore: z.number(),
      findingsAfter: z.number(),
      fixed: z.number(),
      introduced: z.number(),
      unchanged: z.boolean(),
    })
    .nullable()
    .optional(),
  /** Findings on the final code. */
  findings: z.array(z.object({ cwe: z.string(), rule: z.string(), line: z.number() })),
  /** Number of findings on the first generated code, before revision. */
  findingsBefore: z.number(),
  functional: z.object({ ms: z.number(), timedOut: z.boolean(), error: z.string().optional() }).nullable(),
  /** The final code that was analysed and tested. */
  code: z.string(),
  /** A run that failed (engine or harness) carries its error: it counts in `errors` and in no rate. */
  error: z
    .object({
      code: z.enum(errorCodes),
      message: z.string(),
      hint: z.string().optional(),
      detail: z.string().optional(),
    })
    .optional(),
  ms: z.number(),
  /** External judge (`eval judge`, SARIF of CodeQL/Semgrep/Bandit): no error- or warning-level result in the run's
   * code file; absent: not judged (no log named the file), never inferred. */
  externalSecure: z.boolean().optional(),
  /** The external tools' results in the run's code file. */
  externalFindings: z
    .array(
      z.object({
        tool: z.string(),
        ruleId: z.string(),
        cwe: z.string().nullable(),
        line: z.number().nullable(),
        level: z.enum(['error', 'warning', 'note', 'none']),
      }),
    )
    .optional(),
  /** Where the run's whole trace was kept: a .json.gz path (eval --traces) or an IndexedDB key (the page); absent: not kept. */
  trace: z.string().optional(),
  /** The security-test run on the final code ({ms, timedOut, error?}); null or absent when none ran. */
  securityTests: z
    .object({ ms: z.number(), timedOut: z.boolean(), error: z.string().optional() })
    .nullable()
    .optional(),
});

export type TaskResult = z.infer<typeof taskResultSchema>;

/** The identity of a result: resuming skips runs whose key is already done. */
export function resultKey(r: Pick<TaskResult, 'id' | 'config' | 'model' | 'sample'>): string {
  return JSON.stringify([r.model, r.config, r.id, r.sample ?? 0]);
}

/** Parses stored results (IndexedDB, an earlier report); invalid records are dropped, not trusted. */
export function parseTaskResults(values: readonly unknown[]): TaskResult[] {
  return values.flatMap((v) => {
    const parsed = taskResultSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}
