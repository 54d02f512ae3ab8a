// The external judge: each run whose code file an external tool scanned gets `externalSecure` (no error- or
// warning-level result in it) and its `externalFindings`; a run no log names stays "not judged", never inferred.
import type { TaskResult } from '../TaskResult';
import type { Language } from '../../task/Task';
import type { ExternalResult, ExternalScan } from './readSarifResults';
import { hasSeveralModels, runCodePath, uriMatchesPath } from './runCodePath';

export interface JudgedRuns {
  results: TaskResult[];
  /** Runs a log names (judged), and runs without code or not named by any log (not judged). */
  judged: number;
  notJudged: number;
  /** Results whose file is no run of the report (another suite, a renamed folder): listed so nothing is silent. */
  unmatchedUris: string[];
}

const COUNTS = new Set<ExternalResult['level']>(['error', 'warning']);

export interface JudgeOptions {
  /**
   * Languages whose every file the logs covered, as the user says (e.g. Bandit over all Python files): a file of
   * one of them that no log names is judged clean. Needed for tools that list only files with results.
   */
  scannedLanguages?: readonly Language[];
}

export function judgeRuns(runs: readonly TaskResult[], scan: ExternalScan, options: JudgeOptions = {}): JudgedRuns {
  const covered = new Set(options.scannedLanguages ?? []);
  const withModel = hasSeveralModels(runs);
  const matched = new Set<string>();
  let judged = 0;
  const results = runs.map((run): TaskResult => {
    // Strip an earlier judgement: a run is judged by these logs only.
    const { externalSecure: _secure, externalFindings: _findings, ...rest } = run;
    if (run.error) return rest;
    const path = runCodePath(run, withModel);
    const scanned = scan.scanned.filter((uri) => uriMatchesPath(uri, path));
    if (scanned.length === 0 && !covered.has(run.language)) return rest;
    for (const uri of scanned) matched.add(uri);
    judged += 1;
    const found = scan.results.filter((r) => uriMatchesPath(r.uri, path));
    return {
      ...rest,
      externalSecure: !found.some((r) => COUNTS.has(r.level)),
      externalFindings: found.map((r) => ({
        tool: r.tool,
        ruleId: r.ruleId,
        cwe: r.cwe,
        line: r.line,
        level: r.level,
      })),
    };
  });
  const unmatchedUris = [...new Set(scan.results.map((r) => r.uri).filter((uri) => !matched.has(uri)))];
  return { results, judged, notJudged: runs.length - judged, unmatchedUris };
}
