import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { feedbackStoreIdb } from './feedbackStoreIdb';
import type { FeedbackEntry } from '../../core/feedback/FeedbackEntry';

const entry = (id: string, verdict: FeedbackEntry['verdict'] = 'false-positive'): FeedbackEntry => ({
  id,
  createdAt: `2026-01-01T00:00:0${id.length % 10}Z`,
  runId: 'run-1',
  taskId: 't',
  verdict,
  note: 'test fixture',
  target: { kind: 'finding', rule: 'py-shell', cwe: 'CWE-78', language: 'python', line: 3, pattern: 'os.system(cmd)' },
  outcomes: { good: 0, bad: 0 },
});

let n = 0;
const fresh = () => feedbackStoreIdb(`test-feedback-${(n += 1)}`);

describe('feedbackStoreIdb', () => {
  it('stores, lists and removes entries', async () => {
    const store = fresh();
    await store.put([entry('fb-a'), entry('fb-bb', 'confirm')]);
    expect((await store.list()).map((e) => e.id)).toEqual(['fb-a', 'fb-bb']);
    await store.remove('fb-a');
    expect((await store.list()).map((e) => e.id)).toEqual(['fb-bb']);
  });

  it('round-trips through export and import into another database', async () => {
    const a = fresh();
    await a.put([entry('fb-a'), entry('fb-bb', 'note')]);
    const b = fresh();
    expect(await b.importFile(await a.exportFile())).toEqual({
      added: 2,
      updated: 0,
      keptNewerLocal: 0,
      unchanged: 0,
      duplicatesInFile: 0,
    });
    expect(await b.list()).toEqual(await a.list());
  });

  it('refuses a malformed file and leaves what is stored untouched', async () => {
    const store = fresh();
    await store.put([entry('fb-a')]);
    const before = await store.list();
    await expect(store.importFile('{"schema":"nope"')).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
    const bad = JSON.stringify({
      schema: 'secure-codegen-playground/feedback',
      version: 1,
      exportedAt: 'x',
      entries: [entry('fb-new'), { id: 'fb-broken' }],
    });
    await expect(store.importFile(bad)).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
    await expect(store.importFile('{}', 5 * 1024 * 1024)).rejects.toThrow(/too large/);
    expect(await store.list()).toEqual(before);
  });
});
