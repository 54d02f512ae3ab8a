// Scores one run: turns its trace (and the functional outcome of its final code) into a TaskResult.
import type { RunTrace } from '../trace';
import { stageOutput } from '../trace';
import type { Task } from '../task/Task';
import type { ErrorRecord } from '../errors';
import type { EvalConfig } from './EvalConfig';
import type { FunctionalOutcome } from './functional/FunctionalRunner';
import type { TaskResult } from './TaskResult';
import type { RevisionMetrics } from '../revision/revisionMetrics';
import { finalCode } from './finalCode';
import { revisionOutcome } from './revisionOutcome';
import { countedFindings } from '../analysis/countedFindings';

export interface EvaluateInput {
  task: Task;
  config: EvalConfig;
  model: string;
  /** Which sample of the (task, configuration, model) this run is, from 0. */
  sample?: number;
  trace: RunTrace;
  /** The task has tests and a runner to run them: passed is then true or false, never null. */
  testable: boolean;
  /** The outcome of the tests on the final code; null when they were not run. */
  functional: FunctionalOutcome | null;
  /** The task has security tests and a runner: securityTestsPassed is then true or false. */
  securityTestable?: boolean;
  /** The outcome of the security tests on the final code; null or absent when they were not run. */
  security?: FunctionalOutcome | null;
}

export function evaluateTrace(input: EvaluateInput): TaskResult {
  const { task, config, trace, functional } = input;
  const retrieval = stageOutput(trace, 'retrieval');
  const cwes = retrieval ? retrieval.cwes.filter((c) => c.chosen).map((c) => c.id) : [];
  const final = finalCode(trace);
  const error = final ? undefined : firstError(trace);
  const metrics = final?.metrics ?? null;
  // Notes are shown in the trace but decide nothing here.
  const findings = countedFindings(final?.findings ?? []);
  const result: TaskResult = {
    id: task.id,
    config: config.id,
    model: input.model,
    sample: input.sample ?? 0,
    language: task.language,
    cwe: task.cwe ?? null,
    // A run that failed (engine or harness: `error` below) is not a result: neither secure nor insecure.
    secure: final ? findings.length === 0 : null,
    passed: input.testable && final ? (functional?.passed ?? false) : null,
    // Only from the task's own security tests: none is inferred from the CWE label.
    securityTestsPassed: input.securityTestable && final ? (input.security?.passed ?? false) : null,
    cwes,
    retrievalHit: config.usesKnowledge && task.cwe && retrieval ? cwes.includes(task.cwe) : null,
    revision: revisionOutcome(metrics),
    revisionMetrics: metrics ? pickMetrics(metrics) : null,
    findings: findings.map((f) => ({ cwe: f.cwe, rule: f.rule, line: f.line })),
    findingsBefore: countedFindings(final?.firstFindings ?? []).length,
    functional: functional ? pickFunctional(functional) : null,
    code: final?.code ?? '',
    ms: trace.totalMs + (functional?.ms ?? 0) + (input.security?.ms ?? 0),
    securityTests: input.security ? pickFunctional(input.security) : null,
  };
  if (error) result.error = error;
  return result;
}

function pickMetrics(m: RevisionMetrics): NonNullable<TaskResult['revisionMetrics']> {
  return {
    findingsBefore: m.findingsBefore,
    findingsAfter: m.findingsAfter,
    fixed: m.fixed,
    introduced: m.introduced,
    unchanged: m.unchanged,
  };
}

function pickFunctional(f: FunctionalOutcome): NonNullable<TaskResult['functional']> {
  const out: NonNullable<TaskResult['functional']> = { ms: f.ms, timedOut: f.timedOut };
  if (f.error !== undefined) out.error = f.error;
  return out;
}

function firstError(trace: RunTrace): ErrorRecord {
  for (const entry of trace.stages) if (entry.status === 'error') return entry.error;
  const skipped = trace.stages.find(
    (e) => e.status === 'skipped' && (e.stage === 'generation' || e.stage === 'analysis'),
  );
  return {
    code: 'STAGE_FAILED',
    message: skipped && skipped.status === 'skipped' ? skipped.reason : 'The run produced no code.',
  };
}
