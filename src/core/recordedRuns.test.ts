import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isRecordedReplay, isRecordedTrace, RECORDED_LABEL, type RecordedIndex } from './recordedRuns';
import { parseTraceText } from './traceIo';
import { stageOutput } from './trace';

// The recorded runs shipped in public/recorded (made by scripts/recordRuns.ts): valid traces, labelled as
// recorded, made for the gallery task as it is now, and telling the story they are listed with.
const index = JSON.parse(readFileSync('public/recorded/index.json', 'utf8')) as RecordedIndex;

describe('shipped recorded runs', () => {
  it('lists a few', () => {
    expect(index.runs.length).toBeGreaterThanOrEqual(3);
  });

  for (const run of index.runs) {
    it(`${run.file} is a valid trace, labelled as recorded, for the current task text`, () => {
      const trace = parseTraceText(readFileSync(`public/recorded/${run.file}`, 'utf8'));
      expect(isRecordedTrace(trace)).toBe(true);
      expect(trace.runId).toBe(run.id);
      expect(trace.engine).toMatchObject({ kind: 'scripted', label: RECORDED_LABEL });
      expect(trace.status).toBe('ok');
      const task = parse(readFileSync(`kb/tasks/${run.taskId}.yaml`, 'utf8')) as { prompt: string; cwe: string };
      // A changed gallery task makes the recording stale: rerun `npx tsx scripts/recordRuns.ts`.
      expect(trace.task.prompt.trimEnd()).toBe(task.prompt.trimEnd());
      expect(stageOutput(trace, 'analysis')?.findings.map((f) => f.cwe)).toContain(task.cwe);
      expect(stageOutput(trace, 'revision')?.status).toBe('revised');
      expect(stageOutput(trace, 'diff')?.final?.findings).toEqual([]);
    });
  }

  it('does not take an ordinary scripted or replayed trace for a recorded one', () => {
    const engine = { kind: 'scripted', label: 'Scripted test engine', model: 'scripted' };
    expect(isRecordedTrace({ runId: 'recorded-x', engine })).toBe(false);
    expect(isRecordedTrace({ runId: 'r-1', engine: { ...engine, label: RECORDED_LABEL } })).toBe(false);
    expect(isRecordedTrace({ runId: 'recorded-x', engine: null })).toBe(false);
    expect(isRecordedTrace(null)).toBe(false);
  });

  it('labels a replay of a recorded run as recorded, and no other replay', () => {
    const replay = (label: string) => ({ engine: { kind: 'replay', label, model: 'scripted' } });
    expect(isRecordedReplay(replay('Replay of recorded-py-find-user'), null)).toBe(true);
    expect(isRecordedReplay(null, 'recorded-py-find-user')).toBe(true);
    expect(isRecordedReplay(replay('Replay of r-123'), null)).toBe(false);
    expect(isRecordedReplay(null, 'r-123')).toBe(false);
    expect(isRecordedReplay({ engine: { kind: 'scripted', label: 'recorded-x', model: 's' } }, null)).toBe(false);
  });
});
