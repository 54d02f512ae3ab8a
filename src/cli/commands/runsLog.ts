// The eval runs log: every finished run is appended as one JSON line and flushed at once, so SIGTERM, a
// crash or a lost machine loses nothing, and `--resume` continues from it. It sits beside the report
// (`REPORT.json.runs.jsonl`); an eval that prints its report to stdout keeps no log.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { parseTaskResults, type TaskResult } from '../../core/evaluation/TaskResult';
import { readInputFile } from '../readInputFile';

export function runsLogPath(report: string): string {
  return `${report}.runs.jsonl`;
}

/** Starts the log: empty for a fresh suite; when resuming, it is rewritten with the runs kept. */
export function startRunsLog(path: string, kept: readonly TaskResult[]): (result: TaskResult) => void {
  writeFileSync(path, kept.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return (result) => appendFileSync(path, `${JSON.stringify(result)}\n`);
}

/**
 * The runs of an earlier eval: a report (`{"tasks":[...]}`), a runs log (JSON Lines), or a report whose log
 * beside it holds more (a run killed before it wrote its report). Runs that ended in an error are left out,
 * so they are tried again. A line cut off by a crash is ignored.
 */
export function readEarlierRuns(file: string): TaskResult[] {
  const text = readInputFile(file);
  let rows: unknown[] = [];
  if (file.endsWith('.jsonl')) rows = jsonLines(text);
  else {
    const parsed: unknown = JSON.parse(text);
    rows =
      typeof parsed === 'object' && parsed !== null && 'tasks' in parsed && Array.isArray(parsed.tasks)
        ? parsed.tasks
        : [];
    const log = runsLogPath(file);
    if (existsSync(log)) {
      const logged = jsonLines(readInputFile(log));
      if (logged.length > rows.length) rows = logged;
    }
  }
  return parseTaskResults(rows).filter((r) => !r.error);
}

function jsonLines(text: string): unknown[] {
  return text.split('\n').flatMap((line) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as unknown];
    } catch {
      return [];
    }
  });
}
