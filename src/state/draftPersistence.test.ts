// The task being edited survives a reload: the real run store over a stand-in localStorage, loaded
// twice as a reload would load it; corrupt, foreign-version and oversized drafts are handled.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { DRAFT_KEY, DRAFT_MAX_CHARS, draftStorage, mergeDraft, toDraft } from './draftPersistence';
import type { RunState } from './RunState';
import type { RunTrace } from '../core/trace';

const galleryTask = { id: 'py-ping', title: 'Ping', prompt: 'Ping a host.', language: 'python', kind: 'nl' };
vi.mock('./coreClient', () => ({
  coreApi: () => ({}),
  coreReady: async () => ({
    kbVersion: 'test',
    counts: {},
    tasks: [galleryTask],
    readyMs: 1,
    timeline: { workerStarted: 0, evaluated: 0, initCalled: 0, ready: 0 },
  }),
  workerCreatedAt: () => undefined,
}));

class MemoryStorage implements StateStorage {
  items = new Map<string, string>();
  getItem = (name: string) => this.items.get(name) ?? null;
  setItem = (name: string, value: string) => void this.items.set(name, value);
  removeItem = (name: string) => void this.items.delete(name);
}

let storage: MemoryStorage;
/** Loads the run store and notice store afresh, as a page load does. */
async function loadPage() {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage);
  const { useRunStore } = await import('./runStore');
  const { useNoticeStore } = await import('./noticeStore');
  return { run: useRunStore, notice: useNoticeStore };
}

beforeEach(() => {
  storage = new MemoryStorage();
});

describe('the task draft across a reload', () => {
  it('keeps the custom task and the pasted code, never the trace, and says a run was interrupted', async () => {
    const first = await loadPage();
    first.run.getState().editCustom({ prompt: 'Read a file named by the user.', language: 'c', kind: 'completion' });
    first.run.getState().setProvidedCode('import os\nos.system(x)', true);
    first.run.getState().setProvidedLanguage('python');
    first.run.setState({ running: true, trace: { runId: 'run-secret' } as unknown as RunTrace });
    const stored = storage.getItem(DRAFT_KEY) ?? '';
    expect(stored).not.toContain('run-secret');
    expect(JSON.parse(stored)).toMatchObject({ version: 1, state: { runInProgress: true } });

    const second = await loadPage();
    const s = second.run.getState();
    expect(s.custom).toEqual({ prompt: 'Read a file named by the user.', language: 'c', kind: 'completion' });
    expect([s.providedCode, s.useProvidedCode, s.providedLanguage]).toEqual([
      'import os\nos.system(x)',
      true,
      'python',
    ]);
    expect([s.running, s.trace, s.interruptedRun]).toEqual([false, null, true]);
    expect(second.notice.getState().notice).toMatchObject({ kind: 'info', source: 'run' });
    expect(second.notice.getState().notice?.text).toContain('interrupted');
    // Booting keeps the custom task selected instead of jumping to the gallery's first task.
    await s.boot();
    expect(second.run.getState().kb.status).toBe('ready');
    expect(second.run.getState().selectedTaskId).toBeNull();

    // The reloaded page is not running, so a third load has nothing to announce.
    const third = await loadPage();
    expect(third.notice.getState().notice).toBeNull();
  });

  it('keeps a selected gallery task, and drops one the gallery no longer has', async () => {
    const first = await loadPage();
    first.run.getState().selectTask('py-ping');
    const second = await loadPage();
    await second.run.getState().boot();
    expect(second.run.getState().selectedTaskId).toBe('py-ping');
    second.run.getState().selectTask('gone-task');
    const third = await loadPage();
    await third.run.getState().boot();
    expect(third.run.getState().selectedTaskId).toBe('py-ping');
  });

  it('ignores a draft of another version and reads corrupt fields as the defaults', async () => {
    storage.setItem(DRAFT_KEY, JSON.stringify({ version: 99, state: { custom: { prompt: 'old' } } }));
    expect((await loadPage()).run.getState().custom.prompt).toBe('');
    storage.setItem(DRAFT_KEY, '{not json');
    expect((await loadPage()).run.getState().custom.prompt).toBe('');
    const current = (await loadPage()).run.getState();
    const merged = mergeDraft(
      { custom: { prompt: 7, language: 'cobol', kind: 'essay' }, providedLanguage: 'klingon', selectedTaskId: 3 },
      current,
    );
    expect(merged.custom).toEqual(current.custom);
    expect([merged.providedLanguage, merged.selectedTaskId]).toEqual([current.providedLanguage, null]);
  });

  it('leaves out the long texts past the size cap, and survives a full or missing storage', async () => {
    const state = (await loadPage()).run.getState();
    const big = toDraft({ ...state, providedCode: 'x'.repeat(DRAFT_MAX_CHARS), useProvidedCode: true } as RunState);
    draftStorage(storage).setItem('k', { state: big, version: 1 });
    const kept = JSON.parse(storage.getItem('k') ?? '');
    expect(kept.state).toMatchObject({ providedCode: '', useProvidedCode: true });
    expect((storage.getItem('k') ?? '').length).toBeLessThan(1000);
    const full: StateStorage = {
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => draftStorage(full).setItem('k', { state: big, version: 1 })).not.toThrow();
    expect(draftStorage(undefined).getItem('k')).toBeNull();
  });
});
