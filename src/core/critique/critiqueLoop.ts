// The critique-improve loop: critique (CWE Top 25 + current findings) -> improve, up to N rounds,
// stopping early when the analyser is clean and the critique finds nothing. Every round's critique,
// findings before and after, and diff go into the record.
import type { AnalysisRecord, Finding } from '../analysis/Finding';
import type { LlmEngine } from '../generation/LlmEngine';
import type { Task } from '../task/Task';
import type { CritiqueRecord, CritiqueRound } from './CritiqueRecord';
import { PlaygroundError } from '../errors';
import { diffCode } from '../diff/diffCode';
import { revisionMetrics } from '../revision/revisionMetrics';
import { buildCritiquePrompt } from './buildCritiquePrompt';
import { buildImprovePrompt } from '../revision/buildImprovePrompt';
import { parseCritique } from './parseCritique';
import { parseRevisionOutcome } from '../revision/parseRevisionOutcome';
import { countedFindings } from '../analysis/countedFindings';

export const MAX_CRITIQUE_ROUNDS = 5;

export interface CritiqueInput {
  task: Task;
  code: string;
  findings: Finding[];
  rounds: number;
  engine: LlmEngine | null;
  analyze: (code: string) => Promise<AnalysisRecord>;
  signal?: AbortSignal;
}

export function clampRounds(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(MAX_CRITIQUE_ROUNDS, Math.round(n))) : 0;
}

export async function critiqueLoop(input: CritiqueInput): Promise<CritiqueRecord> {
  const maxRounds = clampRounds(input.rounds);
  const base = { maxRounds, before: input.code, findingsBefore: input.findings };
  if (!input.engine || maxRounds === 0) {
    const reason =
      maxRounds === 0
        ? 'The critique loop is turned off (0 rounds).'
        : 'No model is loaded, so the code was not critiqued.';
    return {
      ...base,
      status: 'skipped',
      reason,
      stoppedBecause: 'not-run',
      rounds: [],
      after: input.code,
      findingsAfter: input.findings,
      metrics: revisionMetrics(input.findings, input.findings, true),
    };
  }
  const rounds: CritiqueRound[] = [];
  let code = input.code;
  let findings = input.findings;
  let stoppedBecause: CritiqueRecord['stoppedBecause'] = 'max-rounds';
  for (let round = 1; round <= maxRounds; round += 1) {
    const critique = await ask(input.engine, buildCritiquePrompt(input.task, code, findings), input.signal);
    const parsed = parseCritique(critique);
    // Notes do not keep the loop going: only findings that count do.
    if (countedFindings(findings).length === 0 && parsed.clean) {
      rounds.push(roundRecord(round, critique, parsed.issues, 'stopped', code, code, findings, findings));
      stoppedBecause = 'clean';
      break;
    }
    const response = await ask(
      input.engine,
      buildImprovePrompt(input.task, code, parsed.issues, findings),
      input.signal,
    );
    const outcome = parseRevisionOutcome(response, input.task.language, code);
    if (outcome.kind === 'unchanged') {
      rounds.push({
        ...roundRecord(round, critique, parsed.issues, 'unchanged', code, code, findings, findings),
        response,
      });
      continue;
    }
    const after = (await input.analyze(outcome.code)).findings;
    rounds.push({
      ...roundRecord(round, critique, parsed.issues, 'improved', code, outcome.code, findings, after),
      response,
    });
    code = outcome.code;
    findings = after;
  }
  return {
    ...base,
    status: 'done',
    stoppedBecause,
    rounds,
    after: code,
    findingsAfter: findings,
    metrics: revisionMetrics(input.findings, findings, code === input.code),
  };
}

async function ask(
  engine: LlmEngine,
  messages: ReturnType<typeof buildCritiquePrompt>,
  signal?: AbortSignal,
): Promise<string> {
  const result = await engine.chat({ messages, temperature: 0, maxTokens: 1024, signal });
  if (result.finishReason === 'abort') throw new PlaygroundError('ABORTED');
  return result.text;
}

function roundRecord(
  round: number,
  critique: string,
  issues: string[],
  outcome: CritiqueRound['outcome'],
  before: string,
  after: string,
  findingsBefore: Finding[],
  findingsAfter: Finding[],
): CritiqueRound {
  return {
    round,
    critique,
    issues,
    outcome,
    before,
    after,
    findingsBefore,
    findingsAfter,
    diff: diffCode(before, after),
    metrics: revisionMetrics(findingsBefore, findingsAfter, before === after),
  };
}
