// `eval --code-dir DIR`: every run's final code as a file, DIR/<config>/<task>/<sample>.<ext> (model first when
// several are compared), so external scanners (CodeQL, Semgrep, Bandit) can read it and `eval judge` can match their
// SARIF back; DIR/files.jsonl lists the files in the `analyze` input form, with `path`, for our own SARIF.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { runCodePath } from '../../core/evaluation/externalJudge/runCodePath';

export const CODE_DIR_INDEX = 'files.jsonl';

/** Starts DIR (its index rewritten) and returns the writer of one run; a run with an error has no code to write. */
export function codeDirWriter(dir: string, withModel: boolean): (run: TaskResult) => void {
  mkdirSync(dir, { recursive: true });
  const index = join(dir, CODE_DIR_INDEX);
  writeFileSync(index, '');
  return (run) => {
    if (run.error) return;
    const relative = runCodePath(run, withModel);
    const path = join(dir, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, run.code);
    appendFileSync(index, `${JSON.stringify({ id: relative, language: run.language, path, code: run.code })}\n`);
  };
}
