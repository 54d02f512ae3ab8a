import { mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEarlierRuns, runsLogPath, startRunsLog } from './runsLog';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { taskResult } from '../../core/evaluation/taskResultTestKit';

const dir = mkdtempSync(join(tmpdir(), 'scg-runs-'));
const run = (id: string, extra: Partial<TaskResult> = {}): TaskResult =>
  taskResult({ id, cwe: null, passed: true, ...extra });

describe('the eval runs log', () => {
  it('writes every run as it finishes, so a killed eval leaves them all on disk', () => {
    const path = runsLogPath(join(dir, 'a.json'));
    const log = startRunsLog(path, []);
    log(run('t1'));
    log(run('t2'));
    expect(
      readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['t1', 't2']);
  });
  it('resumes from a log cut off mid-line, leaving runs that ended in an error to be tried again', () => {
    const path = join(dir, 'b.runs.jsonl');
    writeFileSync(
      path,
      `${JSON.stringify(run('ok'))}\n${JSON.stringify(run('failed', { error: { code: 'ENGINE_UNREACHABLE', message: 'down' } }))}\n`,
    );
    appendFileSync(path, '{"id":"half');
    expect(readEarlierRuns(path).map((r) => r.id)).toEqual(['ok']);
  });
  it('prefers the log beside a report when it holds more runs than the report', () => {
    const report = join(dir, 'c.json');
    writeFileSync(report, JSON.stringify({ tasks: [run('r1')] }));
    writeFileSync(runsLogPath(report), `${JSON.stringify(run('r1'))}\n${JSON.stringify(run('r2'))}\n`);
    expect(readEarlierRuns(report).map((r) => r.id)).toEqual(['r1', 'r2']);
  });
  it('starts a resumed log with the runs kept', () => {
    const path = join(dir, 'd.runs.jsonl');
    startRunsLog(path, [run('kept')])(run('new'));
    expect(
      readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['kept', 'new']);
  });
});
