// RESCUE-style recursive summarisation for one CWE: batches of at most `batchSize` pairs become
// summaries, then batches of summaries are merged, level by level, until one summary remains.
import type { ChatMessage, LlmEngine } from '../../generation/LlmEngine';
import { isAbortError, throwIfAborted } from '../../errors';
import type { ArtefactExample } from '../../kb/knowledgeArtefactSchema';
import type { DistillCall, DistillSummary } from './distillationRecordSchema';
import { mergePrompt, pairBatchPrompt, type CweLabel } from './distillPrompts';
import { parseDistillReply } from './parseDistillReply';
import { balancedBatches } from './balancedBatches';

export interface DistillStepOptions {
  batchSize: number;
  signal?: AbortSignal;
  /** Called after every model call, with the call's record. */
  onCall?: (call: DistillCall) => void;
}

interface Node {
  /** What this summary was built from (pair origins or batch numbers), for the record. */
  id: string;
  summary: DistillSummary;
}

export async function distillCwe(
  engine: LlmEngine,
  cwe: CweLabel,
  examples: readonly ArtefactExample[],
  options: DistillStepOptions,
): Promise<{ summary: DistillSummary | null; calls: DistillCall[] }> {
  const calls: DistillCall[] = [];
  const ask = async (
    level: number,
    batch: number,
    inputs: string[],
    messages: ChatMessage[],
  ): Promise<DistillSummary | null> => {
    throwIfAborted(options.signal);
    const started = performance.now();
    const prompt = messages.map((m) => `[${m.role}]\n${m.content}`).join('\n\n');
    let reply = '';
    let error: string | undefined;
    try {
      reply = (await engine.chat({ messages, temperature: 0, maxTokens: 512, signal: options.signal })).text;
    } catch (thrown) {
      if (isAbortError(thrown)) throw thrown;
      error = `the engine failed: ${thrown instanceof Error ? thrown.message : String(thrown)}`;
    }
    const parsed = error ? null : parseDistillReply(reply);
    if (!parsed && !error) error = 'the reply has no GUIDELINES list';
    const call: DistillCall = {
      cwe: cwe.id,
      level,
      batch,
      inputs,
      prompt,
      reply,
      parsed,
      ms: Math.round(performance.now() - started),
    };
    if (error) call.error = error;
    calls.push(call);
    options.onCall?.(call);
    return parsed;
  };

  let level: Node[] = [];
  for (const [b, batch] of balancedBatches(examples, options.batchSize).entries()) {
    const summary = await ask(
      0,
      b,
      batch.map((e) => e.id),
      pairBatchPrompt(cwe, batch),
    );
    if (summary) level.push({ id: `L0-B${b}`, summary });
  }
  for (let depth = 1; level.length > 1; depth += 1) {
    const next: Node[] = [];
    for (const [b, batch] of balancedBatches(level, options.batchSize).entries()) {
      const summary =
        batch.length === 1
          ? batch[0]!.summary
          : await ask(
              depth,
              b,
              batch.map((n) => n.id),
              mergePrompt(
                cwe,
                batch.map((n) => n.summary),
              ),
            );
      if (summary) next.push({ id: `L${depth}-B${b}`, summary });
    }
    // A level where every merge failed keeps its inputs' first summary rather than looping forever.
    level = next.length > 0 ? next : level.slice(0, 1);
  }
  return { summary: level[0]?.summary ?? null, calls };
}
