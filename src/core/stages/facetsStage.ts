// The facets stage: what the task is about (language, APIs, operations), plus the model's facets when asked for.
import { defineStage } from './defineStage';

export const facetsStage = defineStage({
  name: 'facets',
  needs: [],
  async run(_inputs, ctx, ports) {
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
});
