// Binds the core stage functions to a set of ports, giving the stage implementations runPipeline needs.
import type { PipelineStages } from './pipeline';
import type { PipelinePorts } from './PipelinePorts';
import { buildPrompt } from './prompt/buildPrompt';
import { assertPromptFits } from './prompt/assertPromptFits';
import { estimateCounter } from './prompt/estimateTokens';
import { generateCode } from './generation/generateCode';
import { reviseCode } from './revision/reviseCode';
import { diffCode } from './diff/diffCode';
import { critiqueLoop } from './revision/critiqueLoop';
import { finalRevisedCode } from './revision/finalRevisedCode';
import { PlaygroundError } from './errors';
import { searchNotes } from './feedback/searchNotes';
import { attachFeedbackNotes } from './feedback/attachFeedbackNotes';
import { chooseCodeLanguage, ownCodeTask } from './task/chooseCodeLanguage';
import { checkParsedLanguage } from './analysis/checkParsedLanguage';
import type { StageContext } from './pipeline';
import type { StageOutputs } from './trace';
import type { Task } from './task/Task';

/** The task as the stages after facets read it: in the language the facets stage chose for pasted code. */
function taskOf(done: Partial<StageOutputs>, ctx: StageContext): Task {
  const language = done.facets?.codeLanguage?.language;
  return language && language !== ctx.task.language ? { ...ctx.task, language } : ctx.task;
}

export function createStages(ports: PipelinePorts): PipelineStages {
  // Every analysis of a run (generated, revised, improved code) applies the same feedback marks.
  const analyze = (code: string, language: Parameters<PipelinePorts['analyze']>[1]) => {
    const suppressions = ports.feedback?.snapshot().suppressions ?? [];
    return suppressions.length ? ports.analyze(code, language, { suppressions }) : ports.analyze(code, language);
  };
  return {
    facets: async (_done, ctx) => {
      // Check-my-own-code: facets come from the pasted code, in the language picked or detected for it.
      const own = ctx.providedCode !== undefined && ctx.providedLanguage !== undefined ? ctx.providedCode : undefined;
      const codeLanguage =
        own === undefined
          ? undefined
          : await chooseCodeLanguage(own, ctx.providedLanguage!, ctx.task.language, ports.detectLanguage);
      const task = own !== undefined && codeLanguage ? ownCodeTask(ctx.task, own, codeLanguage.language) : ctx.task;
      const wanted = { draft: ctx.config.draftFacet, cause: ctx.config.causeFacet };
      const model =
        ctx.engine && ports.modelFacets && (wanted.draft || wanted.cause)
          ? await ports.modelFacets(task, ctx.engine, wanted, ctx.signal)
          : {};
      const facets = await ports.deriveFacets(task, model);
      if (codeLanguage) facets.codeLanguage = codeLanguage;
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
      const record = await buildPrompt(taskOf(done, ctx), need(done.retrieval, 'retrieval'), {
        budget: ctx.config.tokenBudget,
        examplesInPrompt: ctx.config.examplesInPrompt,
        useKnowledge: ctx.config.useKnowledge,
        counter: counter ?? estimateCounter,
        counterKind: counter ? 'tokenizer' : 'estimate',
      });
      // Pasted code is checked, not sent: its prompt is only shown, so only a prompt to send must fit.
      return ctx.providedCode === undefined ? assertPromptFits(record) : record;
    },
    generation: async (done, ctx) =>
      generateCode({
        task: taskOf(done, ctx),
        prompt: need(done.prompt, 'prompt'),
        engine: ctx.engine,
        providedCode: ctx.providedCode,
        signal: ctx.signal,
        onToken: ctx.onToken,
        topLogprobs: 1,
      }),
    analysis: async (done, ctx) => {
      const code = need(done.generation, 'generation').code;
      return checkParsedLanguage(await analyze(code, taskOf(done, ctx).language), code, ports.detectLanguage);
    },
    revision: async (done, ctx) =>
      reviseCode({
        task: taskOf(done, ctx),
        code: need(done.generation, 'generation').code,
        analysis: need(done.analysis, 'analysis'),
        engine: ctx.engine,
        advisor: ports.advisor,
        analyze: (code) => analyze(code, taskOf(done, ctx).language),
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
        task: taskOf(done, ctx),
        code: start.code,
        findings: start.findings,
        rounds: ctx.config.critiqueRounds,
        engine: ctx.engine,
        analyze: (code) => analyze(code, taskOf(done, ctx).language),
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
