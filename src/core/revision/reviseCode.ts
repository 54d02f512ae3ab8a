// The revision stage: retrieve advisories from the generated code itself, ask the model to revise
// with them as advisory context, and re-analyse the result.
import type { AnalysisRecord } from '../analysis/Finding';
import type { LlmEngine } from '../generation/LlmEngine';
import type { Task } from '../task/Task';
import type { AdvisorPort } from './AdvisorPort';
import type { RevisionRecord } from './RevisionRecord';
import { PlaygroundError } from '../errors';
import { buildRevisionPrompt } from './buildRevisionPrompt';
import { parseRevisionOutcome } from './parseRevisionOutcome';
import { revisionMetrics } from './revisionMetrics';

export interface ReviseInput {
  task: Task;
  code: string;
  analysis: AnalysisRecord;
  engine: LlmEngine | null;
  advisor: AdvisorPort;
  analyze: (code: string) => Promise<AnalysisRecord>;
  topAdvisories?: number;
  signal?: AbortSignal;
}

export async function reviseCode(input: ReviseInput): Promise<RevisionRecord> {
  const findingCwes = [...new Set(input.analysis.findings.map((f) => f.cwe))];
  const advisories = await input.advisor.advise(input.code, input.task.language, input.topAdvisories ?? 5, findingCwes);
  const base = {
    advisories,
    before: input.code,
    findingsBefore: input.analysis.findings,
  };
  if (!input.engine) {
    return {
      ...base,
      status: 'skipped',
      reason: 'No model is loaded, so the code was not revised.',
      after: input.code,
      findingsAfter: input.analysis.findings,
    };
  }
  const texts = await input.advisor.texts(advisories.map((a) => a.id));
  const messages = buildRevisionPrompt(input.task, input.code, input.analysis.findings, texts);
  const result = await input.engine.chat({ messages, temperature: 0, maxTokens: 1024, signal: input.signal });
  if (result.finishReason === 'abort') throw new PlaygroundError('ABORTED');
  const outcome = parseRevisionOutcome(result.text, input.task.language, input.code);
  if (outcome.kind === 'unchanged') {
    const findings = input.analysis.findings;
    return {
      ...base,
      status: 'unchanged',
      after: input.code,
      findingsAfter: findings,
      response: result.text,
      metrics: revisionMetrics(findings, findings, true),
    };
  }
  const after = await input.analyze(outcome.code);
  return {
    ...base,
    status: 'revised',
    after: outcome.code,
    findingsAfter: after.findings,
    response: result.text,
    metrics: revisionMetrics(input.analysis.findings, after.findings, false),
  };
}
