import { describe, expect, it } from 'vitest';
import { STAGE_NAMES } from './pipeline';
import { stageRow } from './stageRow';
import { DEFAULT_RUN_CONFIG, TRACE_SCHEMA, TRACE_VERSION, type RunTrace, type StageEntry } from './trace';

function traceOf(stages: StageEntry[], status: RunTrace['status'] = 'ok'): RunTrace {
  return {
    schema: TRACE_SCHEMA,
    version: TRACE_VERSION,
    runId: 'r1',
    createdAt: '2026-12-06T00:00:00.000Z',
    task: { id: 't', language: 'python', kind: 'nl', prompt: 'Ping a host.' },
    config: DEFAULT_RUN_CONFIG,
    engine: null,
    stages,
    status,
    totalMs: 1,
  };
}

// Outputs are not read by the row, only the entry's status.
const ok = (stage: string) => ({ stage, status: 'ok', ms: 1, output: {} }) as unknown as StageEntry;
const statuses = (trace: RunTrace | null, running: boolean) =>
  Object.fromEntries(stageRow(trace, running).map((n) => [n.id, n.status]));

describe('stageRow', () => {
  it('is the task followed by every stage of PIPELINE, in order', () => {
    expect(stageRow(null, false).map((n) => n.id)).toEqual(['task', ...STAGE_NAMES]);
    expect(stageRow(null, false).find((n) => n.id === 'generation')?.label).toBe('Model');
  });

  it('is idle before any run', () => {
    expect(new Set(Object.values(statuses(null, false)))).toEqual(new Set(['idle']));
  });

  it('marks the first stage running when a run starts, the rest pending', () => {
    const s = statuses(null, true);
    expect(s.task).toBe('ok');
    expect(s.facets).toBe('running');
    expect(s.retrieval).toBe('pending');
    expect(s.diff).toBe('pending');
  });

  it('lights the finished stages and the one in progress while a run goes', () => {
    const s = statuses(traceOf([ok('facets'), ok('retrieval'), ok('prompt')]), true);
    expect([s.facets, s.retrieval, s.prompt]).toEqual(['ok', 'ok', 'ok']);
    expect(s.generation).toBe('running');
    expect([s.analysis, s.revision, s.critique, s.diff]).toEqual(['pending', 'pending', 'pending', 'pending']);
  });

  it('shows skipped and failed stages with their reason, and never two running', () => {
    const trace = traceOf([
      ok('facets'),
      ok('retrieval'),
      ok('prompt'),
      { stage: 'generation', status: 'skipped', ms: 0, reason: 'No model is loaded.' },
      { stage: 'analysis', status: 'error', ms: 2, error: { code: 'STAGE_FAILED', message: 'boom' } },
    ]);
    const row = stageRow(trace, true);
    expect(row.find((n) => n.id === 'generation')).toMatchObject({ status: 'skipped', note: 'No model is loaded.' });
    expect(row.find((n) => n.id === 'analysis')).toMatchObject({ status: 'error', note: 'boom' });
    expect(row.filter((n) => n.status === 'running').map((n) => n.id)).toEqual(['revision']);
  });

  it('leaves the stages a cancelled run never reached pending, none running', () => {
    const aborted = traceOf([ok('facets'), ok('retrieval')], 'aborted');
    const s = statuses(aborted, false);
    expect(s.retrieval).toBe('ok');
    expect(s.prompt).toBe('pending');
    expect(Object.values(s)).not.toContain('running');
  });
});
