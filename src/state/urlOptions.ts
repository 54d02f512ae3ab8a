// Options read from the page URL: ?task=<id> selects a gallery task (deep links for presenters);
// ?engine=scripted installs the scripted test engine (used by the end-to-end tests).
import { useRunStore } from './runStore';
import { useModelStore } from './modelStore';
import { useTraceStore } from './traceStore';

declare global {
  interface Window {
    /** A script for the scripted engine, set by end-to-end tests before the page loads. */
    __SCG_ENGINE_SCRIPT__?: unknown;
  }
}

export async function applyUrlOptions(search: string): Promise<void> {
  const params = new URLSearchParams(search);
  const task = params.get('task');
  if (task && useRunStore.getState().tasks.some((t) => t.id === task)) useRunStore.getState().selectTask(task);
  // A share link (#trace=...) opens its trace; a refused link leaves a message and nothing else.
  if (location.hash.includes('trace=')) await useTraceStore.getState().loadFromHash(location.hash);
  if (params.get('engine') === 'scripted') {
    const { ScriptedEngine } = await import('../adapters/scripted/ScriptedEngine');
    const { parseEngineScript } = await import('../adapters/scripted/parseEngineScript');
    useModelStore.getState().useEngineOverride(new ScriptedEngine(parseEngineScript(window.__SCG_ENGINE_SCRIPT__)));
  }
}
