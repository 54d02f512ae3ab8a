// Named selectors of the user knowledge-base store, used with useShallow.
import type { UserKbState } from './userKbStore';

export const selectKbBuild = (s: UserKbState) => ({
  step: s.step,
  built: s.built,
  progress: s.progress,
  ingest: s.ingest,
  distill: s.distill,
  install: s.install,
  builtJson: s.builtJson,
});

export const selectKbLoader = (s: UserKbState) => ({
  installed: s.installed,
  step: s.step,
  install: s.install,
  clear: s.clear,
  error: s.error,
  message: s.message,
});
