// Distils guidelines and a cause summary for every CWE of a user knowledge base with any engine,
// and records every prompt and reply in the result.
import type { LlmEngine } from '../../generation/LlmEngine';
import type { DistillCall } from './distillationRecordSchema';
import type { ArtefactCwe } from '../../kb/knowledgeArtefactSchema';
import { distillCwe } from './distillCwe';
import { plannedCalls } from './balancedBatches';
import { finishUserKb } from '../ingest/finishUserKb';
import { USER_ID_PREFIX, type UserKb } from '../ingest/userKbSchema';

export const DEFAULT_BATCH_SIZE = 10;

export interface DistillOptions {
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (progress: { cwe: string; done: number; total: number }) => void;
}

export async function distillUserKb(kb: UserKb, engine: LlmEngine, options: DistillOptions = {}): Promise<UserKb> {
  const batchSize = Math.min(DEFAULT_BATCH_SIZE, Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE));
  const total = kb.cwes.reduce((n, c) => n + plannedCalls(c.examples.length, batchSize), 0);
  const started = performance.now();
  const calls: DistillCall[] = [];
  const cwes: ArtefactCwe[] = [];
  let done = 0;
  for (const cwe of kb.cwes) {
    const result = await distillCwe(engine, cwe, cwe.examples, {
      batchSize,
      signal: options.signal,
      onCall: () => options.onProgress?.({ cwe: cwe.id, done: (done += 1), total }),
    });
    calls.push(...result.calls);
    const summary = result.summary;
    cwes.push(
      summary
        ? {
            ...cwe,
            cause: summary.cause,
            guidelines: summary.guidelines.map((text, i) => ({
              id: `${USER_ID_PREFIX}${cwe.id}-g${i + 1}`,
              cwe: cwe.id,
              text,
              languages: [],
              apis: [],
            })),
          }
        : cwe,
    );
  }
  return finishUserKb({
    name: kb.name,
    cwes,
    report: kb.report,
    distillation: {
      status: 'done',
      engine: engine.label,
      model: engine.model() ?? 'unknown',
      batchSize,
      calls,
      ms: Math.round(performance.now() - started),
    },
  });
}
