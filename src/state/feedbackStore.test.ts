// The feedback store in two tabs: two module instances (two zustand stores, two repositories) over
// the default database. Marks from both tabs all count, and one tab's change refreshes the other.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../core/analysis/Finding';
import type { RunTrace } from '../core/trace';

type Store = typeof import('./feedbackStore').useFeedbackStore;
const tab = async (): Promise<Store> => {
  vi.resetModules();
  const store = (await import('./feedbackStore')).useFeedbackStore;
  await store.getState().load();
  return store;
};
const trace = { runId: 'run-1', task: { id: 't', language: 'python' }, stages: [] } as unknown as RunTrace;
const finding: Finding = {
  rule: 'py-shell',
  cwe: 'CWE-78',
  severity: 'error',
  message: 'shell',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 9,
  snippet: 'os.system(cmd)',
};
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
};

describe('feedback store in two tabs', () => {
  it('counts every contradiction when two tabs confirm a finding another tab marked a false positive', async () => {
    const a = await tab();
    const b = await tab();
    await a.getState().markFinding(trace, finding, 'false-positive');
    await until(() => b.getState().entries.length === 1);
    // Strictly alternating, each awaited: on a tab that writes from its in-memory copy, b's copy is
    // always one mark behind and half the marks are lost.
    for (let i = 0; i < 25; i += 1) {
      await a.getState().markFinding(trace, finding, 'confirm');
      await b.getState().markFinding(trace, finding, 'confirm');
    }
    await a.getState().refresh();
    const fp = a.getState().entries.find((e) => e.verdict === 'false-positive');
    expect(fp?.outcomes.bad).toBe(50);
    expect(a.getState().entries).toHaveLength(51);
    expect(a.getState().message?.kind).toBe('ok');
  });

  it('reloads the list when another tab changes it, without being asked', async () => {
    const a = await tab();
    const b = await tab();
    const before = b.getState().entries.length;
    await a.getState().markFinding(trace, finding, 'note', 'prefer subprocess.run with a list');
    await until(() => b.getState().entries.length === before + 1);
    expect(b.getState().entries.map((e) => e.note)).toContain('prefer subprocess.run with a list');
  });

  it('says in words what an import stored', async () => {
    const a = await tab();
    const file = await a.getState().exportFile();
    const b = await tab();
    await b.getState().importFile(file, file.length);
    expect(b.getState().message?.text).toMatch(
      /^Feedback imported\. 0 stored: 0 new, 0 updated; \d+ already up to date\.$/,
    );
  });
});
