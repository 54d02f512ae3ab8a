// Binds the core stage functions to a set of ports, giving the stage implementations runPipeline needs.
import type { PipelineStages } from './pipeline';
import type { PipelinePorts } from './PipelinePorts';
import { buildPrompt } from './prompt/buildPrompt';
import { estimateCounter } from './prompt/estimateTokens';
import { generateCode } from './generation/generateCode';
import { reviseCode } from './revision/reviseCode';
import { diffCode } from './diff/diffCode';
import { critiqueLoop } from './critique/critiqueLoop';
import { finalRevisedCode } from './critique/finalRevisedCode';
import { PlaygroundError } from './errors';
import { searchNotes } from './feedback/searchNotes';
import { attachFeedbackNotes } from './feedback/attachFeedbackNotes';

export function createStages(ports: PipelinePorts): PipelineStages {
  // Every analysis of a run (generated, revised, improved code) applies the same feedback marks.
  const analyze = (code: string, language: Parameters<PipelinePorts['analyze']>[1]) => {
    const suppressions = ports.feedback?.snapshot().suppressions ?? [];
    return suppressions.length ? ports.analyze(code, language, { suppressions }) : ports.analyze(code, language);
  };
  return {
    facets: async (_done, ctx) => {
      const wanted = { draft: ctx.config.draftFacet, cause: ctx.config.causeFacet };
      const model =
        ctx.engine && ports.modelFacets && (wanted.draft || wanted.cause)
          ? await ports.modelFacets(ctx.task, ctx.engine, wanted, ctx.signal)
          : {};
      const facets = await ports.deriveFacets(ctx.task, model);
      // Record toggles the model could not serve, so the trace says why a facet is empty.
      if (wanted.draft && !model.draft) facets.draft = { enabled: true, note: 'No model is loaded to write a draft.' };
      if (wanted.cause && !model.causeAnalysis)
        facets.causeAnalysis = { enabled: true, note: 'No model is loaded to analyse causes.' };
      return facets;
    },
    retrieval: async (done, ctx) => {
      const facets = need(done.facets, 'facets');
      const record = await ports.retrieve(facets, { k: ctx.config.topK });
      const notes = ports.feedback?.snapshot().notes ?? [];
      return notes.length ? attachFeedbackNotes(record, searchNotes(notes, facets)) : record;
    },
    prompt: async (done, ctx) => {
      const counter = ctx.engine?.countTokens?.bind(ctx.engine);
      return buildPrompt(ctx.task, need(done.retrieval, 'retrieval'), {
        budget: ctx.config.tokenBudget,
        examplesInPrompt: ctx.config.examplesInPrompt,
        useKnowledge: ctx.config.useKnowledge,
        counter: counter ?? estimateCounter,
        counterKind: counter ? 'tokenizer' : 'estimate',
      });
    },
    generation: async (done, ctx) =>
      generateCode({
        task: ctx.task,
        prompt: need(done.prompt, 'prompt'),
        engine: ctx.engine,
        providedCode: ctx.providedCode,
        signal: ctx.signal,
        onToken: ctx.onToken,
        topLogprobs: 1,
      }),
    analysis: async (done, ctx) => analyze(need(done.generation, 'generation').code, ctx.task.language),
    revision: async (done, ctx) =>
      reviseCode({
        task: ctx.task,
        code: need(done.generation, 'generation').code,
        analysis: need(done.analysis, 'analysis'),
        engine: ctx.engine,
        advisor: ports.advisor,
        analyze: (code) => analyze(code, ctx.task.language),
        signal: ctx.signal,
      }),
    critique: async (done, ctx) => {
      // Start from the revised code when revision produced some, else from the generated code.
      const start = finalRevisedCode(
        need(done.generation, 'generation').code,
        need(done.analysis, 'analysis').findings,
        done.revision,
      );
      return critiqueLoop({
        task: ctx.task,
        code: start.code,
        findings: start.findings,
        rounds: ctx.config.critiqueRounds,
        engine: ctx.engine,
        analyze: (code) => analyze(code, ctx.task.language),
        signal: ctx.signal,
      });
    },
    diff: async (done) => {
      const generated = need(done.generation, 'generation').code;
      const final = finalRevisedCode(generated, done.analysis?.findings ?? [], done.revision, done.critique);
      return diffCode(generated, final.code);
    },
  };
}

function need<T>(value: T | undefined, stage: string): T {
  if (value === undefined) throw new PlaygroundError('STAGE_FAILED', { detail: `missing ${stage} output` });
  return value;
}
