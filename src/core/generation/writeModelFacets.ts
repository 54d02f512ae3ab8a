// RESCUE's two model-derived facets: a quick draft of the code (its API calls become the API
// facet) and a one-paragraph vulnerability-cause analysis (matched against CWE cause summaries).
import type { LlmEngine } from './LlmEngine';
import type { ModelFacetInputs } from '../PipelinePorts';
import type { Task } from '../task/Task';
import { extractCode } from './extractCode';
import { stripReasoning } from './stripReasoning';
import { taskText } from '../prompt/promptText';

export async function writeModelFacets(
  task: Task,
  engine: LlmEngine,
  wanted: { draft: boolean; cause: boolean },
  signal: AbortSignal,
): Promise<ModelFacetInputs> {
  const out: ModelFacetInputs = {};
  if (wanted.draft) {
    const draft = await engine.chat({
      messages: [{ role: 'user', content: `${taskText(task)}\nWrite a short first draft; no explanation.` }],
      temperature: 0,
      maxTokens: 384,
      signal,
    });
    out.draft = extractCode(stripReasoning(draft.text), task.language);
  }
  if (wanted.cause) {
    const cause = await engine.chat({
      messages: [
        {
          role: 'user',
          content: `In one paragraph, name the security weaknesses that code written for this task is most likely to have, and the root causes (which inputs reach which dangerous operations without which checks). Do not write code.\n\nTask (${task.language}):\n${task.prompt}`,
        },
      ],
      temperature: 0,
      maxTokens: 256,
      signal,
    });
    out.causeAnalysis = cause.text.trim();
  }
  return out;
}
