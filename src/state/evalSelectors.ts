// Named selectors of the evaluation store, used with useShallow: one per panel of the page.
import type { EvalState } from './createEvalStore';

export const selectSuiteChoice = (s: EvalState) => ({
  choiceKind: s.choiceKind,
  language: s.language,
  subset: s.subset,
  file: s.file,
  running: s.running,
  setChoice: s.setChoice,
  loadFile: s.loadFile,
});

export const selectEvalResults = (s: EvalState) => ({ results: s.results, current: s.current, init: s.init });

export const selectEvalProgress = (s: EvalState) => ({
  running: s.running,
  progress: s.progress,
  current: s.current,
  error: s.error,
  run: s.run,
  cancel: s.cancel,
  resume: s.resume,
});

export const selectSuiteHistory = (s: EvalState) => ({
  suites: s.suites,
  current: s.current,
  running: s.running,
  open: s.open,
  remove: s.remove,
});

export const selectEvalConfig = (s: EvalState) => ({
  configIds: s.configIds,
  testTimeoutMs: s.testTimeoutMs,
  running: s.running,
  toggleConfig: s.toggleConfig,
  setTestTimeout: s.setTestTimeout,
});

export const selectEvalSampling = (s: EvalState) => ({
  sampling: s.sampling,
  running: s.running,
  setSampling: s.setSampling,
});
