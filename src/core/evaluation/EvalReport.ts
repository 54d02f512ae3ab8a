// The evaluation report (docs/evaluation.md): the summary per configuration, breakdowns per CWE and
// language, and every task result. The CLI writes it with --out; the browser exports the same JSON.
import type { TaskResult } from './TaskResult';
import { summarise, summariseBy, type SummaryTable } from './summarise';

export const REPORT_SCHEMA = 'secure-codegen-playground/eval-report';

export interface ReportMeta {
  /** Engine kind and models, the suite's name and when the run started. */
  engine: string;
  models: string[];
  suite: string;
  startedAt: string;
  wallMs: number;
}

export interface EvalReport {
  schema: typeof REPORT_SCHEMA;
  version: 1;
  meta: ReportMeta;
  summary: SummaryTable;
  byCwe: Record<string, SummaryTable>;
  byLanguage: Record<string, SummaryTable>;
  tasks: TaskResult[];
}

export function buildReport(results: readonly TaskResult[], meta: ReportMeta): EvalReport {
  return {
    schema: REPORT_SCHEMA,
    version: 1,
    meta,
    summary: summarise(results),
    byCwe: summariseBy(results, 'cwe'),
    byLanguage: summariseBy(results, 'language'),
    tasks: [...results],
  };
}
