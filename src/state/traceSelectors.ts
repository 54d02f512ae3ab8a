// Named selectors of the trace store (import, export, share, replay), used with useShallow.
import type { TraceState } from './traceStore';

export const selectTraceMessages = (s: TraceState) => ({ message: s.message, shareLink: s.shareLink, speed: s.speed });

export const selectTraceActions = (s: TraceState) => ({
  setSpeed: s.setSpeed,
  importFile: s.importFile,
  exportFile: s.exportFile,
  makeShareLink: s.makeShareLink,
  replay: s.replay,
});

export const selectReplaySpeed = (s: TraceState) => s.speed;
