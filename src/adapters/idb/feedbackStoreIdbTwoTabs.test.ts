// Two repositories over one database stand for two tabs: interleaved changes lose nothing, imports
// never overwrite a newer stored entry, and a change in one is announced to the other.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { feedbackStoreIdb, type FeedbackRepository } from './feedbackStoreIdb';
import { applyOutcome } from '../../core/feedback/applyOutcome';
import { importSummary } from '../../core/feedback/mergeImport';
import { feedbackFile } from '../../core/feedback/parseFeedbackFile';
import type { FeedbackEntry } from '../../core/feedback/FeedbackEntry';

const entry = (id: string, createdAt: string, updatedAt?: string, note = 'fixture'): FeedbackEntry => ({
  id,
  createdAt,
  ...(updatedAt ? { updatedAt } : {}),
  runId: 'run-1',
  taskId: 't',
  verdict: 'false-positive',
  note,
  target: { kind: 'finding', rule: 'py-shell', cwe: 'CWE-78', language: 'python', line: 3, pattern: 'os.system(cmd)' },
  outcomes: { good: 0, bad: 0 },
});

let n = 0;
const open: FeedbackRepository[] = [];
const tabs = (): [FeedbackRepository, FeedbackRepository] => {
  const name = `two-tabs-${(n += 1)}`;
  const pair: [FeedbackRepository, FeedbackRepository] = [feedbackStoreIdb(name), feedbackStoreIdb(name)];
  open.push(...pair);
  return pair;
};
afterEach(() => {
  for (const r of open.splice(0)) r.close();
});

describe('feedback in two tabs', () => {
  it('counts every outcome when two tabs credit the same entry 50 times each, interleaved', async () => {
    const [a, b] = tabs();
    await a.put([entry('fb-1', '2026-01-01T00:00:00Z')]);
    const credit = (r: FeedbackRepository, good: boolean) => r.change((stored) => applyOutcome(stored, ['fb-1'], good));
    await Promise.all(Array.from({ length: 50 }, (_, i) => [credit(a, true), credit(b, i % 2 === 0)]).flat());
    const [stored] = await b.list();
    expect(stored?.outcomes).toEqual({ good: 75, bad: 25 });
    expect(stored?.updatedAt).toBeDefined();
  });

  it('imports with duplicates and a newer local entry: adds, updates, keeps the newer copy, and says so', async () => {
    const [a] = tabs();
    await a.put([
      entry('fb-old', '2026-01-01T00:00:00Z', undefined, 'local old'),
      entry('fb-newer-here', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z', 'local newer'),
      entry('fb-same', '2026-01-01T00:00:00Z', undefined, 'local same'),
    ]);
    const file = feedbackFile([
      entry('fb-new', '2026-02-01T00:00:00Z', undefined, 'first copy'),
      entry('fb-new', '2026-02-01T00:00:00Z', '2026-02-05T00:00:00Z', 'newest copy'),
      entry('fb-new', '2026-02-01T00:00:00Z', '2026-02-02T00:00:00Z', 'middle copy'),
      entry('fb-old', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', 'file newer'),
      entry('fb-newer-here', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', 'file older'),
      entry('fb-same', '2026-01-01T00:00:00Z', undefined, 'file same'),
    ]);
    const counts = await a.importFile(file);
    expect(counts).toEqual({ added: 1, updated: 1, keptNewerLocal: 1, unchanged: 1, duplicatesInFile: 2 });
    const notes = Object.fromEntries((await a.list()).map((e) => [e.id, e.note]));
    expect(notes).toEqual({
      'fb-new': 'newest copy',
      'fb-old': 'file newer',
      'fb-newer-here': 'local newer',
      'fb-same': 'local same',
    });
    expect(importSummary(counts)).toBe(
      '2 stored: 1 new, 1 updated; 1 kept because your copy is newer; 1 already up to date; 2 duplicates in the file.',
    );
  });

  it('imports a file written before updatedAt existed (createdAt decides)', async () => {
    const [a] = tabs();
    await a.put([entry('fb-1', '2026-01-01T00:00:00Z', undefined, 'local')]);
    const old = feedbackFile([entry('fb-1', '2026-01-02T00:00:00Z', undefined, 'file')]);
    expect(old).not.toContain('updatedAt');
    expect((await a.importFile(old)).updated).toBe(1);
    expect((await a.list())[0]?.note).toBe('file');
  });

  it('announces a change to the other tab and not to itself', async () => {
    const [a, b] = tabs();
    const heard: string[] = [];
    a.onExternalChange(() => heard.push('a'));
    const received = new Promise<void>((resolve) =>
      b.onExternalChange(() => {
        heard.push('b');
        resolve();
      }),
    );
    await a.put([entry('fb-1', '2026-01-01T00:00:00Z')]);
    await received;
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual(['b']);
  });
});
