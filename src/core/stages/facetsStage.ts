// The facets stage: what the task is about (language, APIs, operations), plus the model's facets when asked for.
import { defineStage } from './defineStage';
import { chooseCodeLanguage, ownCodeTask } from '../task/chooseCodeLanguage';

export const facetsStage = defineStage({
  name: 'facets',
  needs: [],
  async run(_inputs, ctx, ports) {
    // Check-my-own-code: facets come from the pasted code, in the language picked or detected for it.
    const own = ctx.providedLanguage === undefined ? undefined : ctx.providedCode;
    const codeLanguage =
      own === undefined || ctx.providedLanguage === undefined
        ? undefined
        : await chooseCodeLanguage(own, ctx.providedLanguage, ctx.task.language, ports.detectLanguage);
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
});
