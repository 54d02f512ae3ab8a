// PipelinePorts for the browser: every heavy call goes to the core worker.
import type { Remote } from 'comlink';
import type { PipelinePorts } from '../core/PipelinePorts';
import type { CoreApi } from '../core/CoreApi';
import { writeModelFacets } from '../core/generation/writeModelFacets';
import { useFeedbackStore } from './feedbackStore';

export function browserPorts(core: Remote<CoreApi>): PipelinePorts {
  return {
    deriveFacets: (task, model) => core.deriveFacets(task, model),
    retrieve: (facets, options) => core.retrieve(facets, options),
    analyze: (code, language, request) => core.analyze(code, language, request),
    detectLanguage: (code) => core.detectLanguage(code),
    advisor: {
      advise: (code, language, k, findingCwes) => core.advise(code, language, k, findingCwes),
      texts: (ids) => core.advisoryTexts(ids),
    },
    modelFacets: writeModelFacets,
    feedback: { snapshot: () => useFeedbackStore.getState().snapshot() },
  };
}
