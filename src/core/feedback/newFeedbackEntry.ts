// Builds a feedback entry for a finding or a revision of a run, with the finding's code pattern.
import type { Finding } from '../analysis/Finding';
import type { RunTrace } from '../trace';
import type { FeedbackEntry, FindingVerdict, RevisionVerdict } from './FeedbackEntry';
import { codePattern } from './codePattern';

export function findingFeedback(
  id: string,
  trace: Pick<RunTrace, 'runId' | 'task'>,
  finding: Finding,
  verdict: FindingVerdict,
  note: string,
  now: Date,
): FeedbackEntry {
  return {
    id,
    createdAt: now.toISOString(),
    runId: trace.runId,
    taskId: trace.task.id,
    verdict,
    note: note.trim(),
    target: {
      kind: 'finding',
      rule: finding.rule,
      cwe: finding.cwe,
      language: trace.task.language,
      line: finding.line,
      pattern: codePattern(finding.snippet ?? ''),
    },
    outcomes: { good: 0, bad: 0 },
  };
}

export function revisionFeedback(
  id: string,
  trace: Pick<RunTrace, 'runId' | 'task'>,
  cwes: string[],
  verdict: RevisionVerdict,
  note: string,
  now: Date,
): FeedbackEntry {
  return {
    id,
    createdAt: now.toISOString(),
    runId: trace.runId,
    taskId: trace.task.id,
    verdict,
    note: note.trim(),
    target: { kind: 'revision', language: trace.task.language, cwes: [...new Set(cwes)] },
    outcomes: { good: 0, bad: 0 },
  };
}
