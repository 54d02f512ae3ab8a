// The evaluation store bound to the browser: results in IndexedDB, stages over the core worker,
// the engine the model picker installed, and functional tests in sandboxed test workers.
import { createEvalStore } from './createEvalStore';
import { useRunStore } from './runStore';
import { useModelStore } from './modelStore';
import { coreApi, coreReady } from './coreClient';
import { browserPorts } from './browserPorts';
import { createStages } from '../core/createStages';
import { openEvalResultsStore } from '../adapters/idb/evalResultsStore';
import { openEvalTraceStore } from '../adapters/idb/evalTraceStore';
import { useTraceStore } from './traceStore';
import { useViewStore } from './viewStore';
import { createSandboxRunner } from '../adapters/sandbox/createSandboxRunner';
import { spawnTestWorker } from '../adapters/sandbox/spawnTestWorker';
import { functionalLanguage } from '../core/evaluation/functional/buildFunctionalProgram';
import type { FunctionalLanguage } from '../core/evaluation/functional/FunctionalRunner';
import type { Task } from '../core/task/Task';

/** Languages whose tests the suite will run, so their workers (Pyodide above all) load while the model generates. */
function testedLanguages(tasks: readonly Task[]): FunctionalLanguage[] {
  const languages = tasks.flatMap((t) => {
    const l = t.tests ? functionalLanguage(t.language) : null;
    return l ? [l] : [];
  });
  return [...new Set(languages)];
}

export const useEvalStore = createEvalStore({
  openResults: () => openEvalResultsStore(),
  stages: async () => {
    await coreReady();
    return createStages(browserPorts(coreApi()));
  },
  engine: () => useModelStore.getState().engine,
  functionalRunner: (tasks) => createSandboxRunner(spawnTestWorker, { warm: testedLanguages(tasks) }),
  gallery: () => useRunStore.getState().tasks,
  openTraces: () => openEvalTraceStore(),
  showTrace: (trace) => {
    useTraceStore.getState().show(trace, 'Opened evaluation');
    useViewStore.getState().open('playground');
  },
});
