// Check-my-own-code: when the facets stage read the pasted code as another language than the task's,
// every later stage (prompt, analysis, revision, critique) works in that language. The trace keeps the task as given.
import type { FacetsRecord } from '../facets/FacetsRecord';
import type { StageContext } from './defineStage';

export function inCodeLanguage(ctx: StageContext, facets: FacetsRecord): StageContext {
  const language = facets.codeLanguage?.language;
  return language && language !== ctx.task.language ? { ...ctx, task: { ...ctx.task, language } } : ctx;
}
