// A repair pair for people who train models: the task, the generated code, the final code after
// revision and critique, and per-token labels of the generated output, as one JSON Lines record.
import type { RunTrace } from '../trace';
import { stageOutput } from '../trace';
import { criticalLines, labelTokens } from './labelTokens';
import { countedFindings } from '../analysis/countedFindings';

export interface RepairPair {
  id: string;
  task: { id: string; prompt: string; language: string };
  cwes: string[];
  before: string;
  after: string;
  /** Generated tokens with probability and a security-critical label; label 1 = critical. */
  tokens: { text: string; logprob: number | null; line: number | null; label: 0 | 1 }[];
  findingsBefore: number;
  findingsAfter: number;
  judgedBy: 'our analyser';
}

export function labelledRunTokens(trace: Pick<RunTrace, 'stages'>) {
  const generation = stageOutput(trace, 'generation');
  if (!generation) return [];
  const findings = countedFindings(stageOutput(trace, 'analysis')?.findings ?? []);
  // The diff stage's record compares the generated code with the final code.
  const tokens = generation.tokens.length ? generation.tokens : [{ text: generation.text }];
  return labelTokens(generation.text, tokens, generation.code, criticalLines(findings, stageOutput(trace, 'diff')));
}

export function repairPair(trace: RunTrace): RepairPair | null {
  const generation = stageOutput(trace, 'generation');
  const analysis = stageOutput(trace, 'analysis');
  const diff = stageOutput(trace, 'diff');
  if (!generation || !analysis || !diff?.final) return null;
  return {
    id: trace.runId,
    task: { id: trace.task.id, prompt: trace.task.prompt, language: trace.task.language },
    cwes: [...new Set(countedFindings(analysis.findings).map((f) => f.cwe))],
    before: generation.code,
    after: diff.after,
    tokens: labelledRunTokens(trace).map((t) => ({
      text: t.text,
      logprob: t.logprob,
      line: t.line,
      label: t.critical ? 1 : 0,
    })),
    findingsBefore: countedFindings(analysis.findings).length,
    findingsAfter: countedFindings(diff.final.findings).length,
    judgedBy: 'our analyser',
  };
}

export function repairPairsJsonl(traces: readonly RunTrace[]): string {
  return traces
    .flatMap((t) => {
      const p = repairPair(t);
      return p ? [`${JSON.stringify(p)}\n`] : [];
    })
    .join('');
}
