// The report's meta for `eval`: which model, server and sampling settings ran, on which knowledge base,
// analyser and suite, and when, so a published number can be traced back to what produced it.
import type { ParsedArgs } from '../Command';
import type { ReportMeta } from '../../core/evaluation/EvalReport';
import { analyzerVersion } from '../../core/analysis/analyzerVersion';

export interface EvalMetaInput {
  models: string[];
  kbVersion: string;
  suite: { name: string; hash: string };
  startedAt: string;
  wallMs: number;
}

/** --samples K as a number (1 when absent). */
export function samplesOf(args: ParsedArgs): number {
  const k = Number(args.flags.samples ?? '1');
  return Number.isInteger(k) && k > 0 ? k : 1;
}

export function evalMeta(args: ParsedArgs, input: EvalMetaInput, env: NodeJS.ProcessEnv = process.env): ReportMeta {
  const engine = args.flags.engine ?? 'openai';
  const { temperature, seed } = args.flags;
  return {
    model: input.models.join(','),
    engine,
    baseUrl: engine === 'reference' ? null : (args.flags['base-url'] ?? env.OPENAI_BASE_URL ?? null),
    samples: samplesOf(args),
    temperature: temperature === undefined ? 0 : Number(temperature),
    seed: seed === undefined ? null : Number(seed),
    kbVersion: input.kbVersion,
    analyzerVersion: analyzerVersion(),
    startedAt: input.startedAt,
    finishedAt: new Date().toISOString(),
    suiteHash: input.suite.hash,
    suite: input.suite.name,
    models: input.models,
    wallMs: input.wallMs,
  };
}
