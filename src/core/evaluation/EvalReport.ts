// The evaluation report (docs/evaluation.md): what ran (meta), the summary per configuration with
// intervals, paired comparisons against the baseline, breakdowns per CWE and language, and every run.
import type { TaskResult } from './TaskResult';
import { summarise, summariseBy, type SummaryTable } from './summarise';
import { pairedComparisons, type PairedComparison } from './pairedComparison';
import { judgeAgreement, type AgreementTable } from './judgeAgreement';

export const REPORT_SCHEMA = 'secure-codegen-playground/eval-report';

export interface ReportMeta {
  /** The model (a comma-separated list when several were compared; `models` lists them). */
  model: string;
  engine: string;
  baseUrl: string | null;
  /** Samples per (task, configuration, model): the k of secureAtK and securePassAtK. */
  samples: number;
  temperature: number;
  seed: number | null;
  /** The knowledge artefact's content hash; the analyser's rule-set hash (analyzerVersion.ts). */
  kbVersion: string;
  analyzerVersion: string;
  startedAt: string;
  finishedAt: string;
  /** sha256 of the suite file (of the gallery in `suite export` form); null where unknown. */
  suiteHash: string | null;
  suite: string;
  models: string[];
  wallMs: number;
}

export interface EvalReport {
  schema: typeof REPORT_SCHEMA;
  version: 2;
  meta: ReportMeta;
  summary: SummaryTable;
  /** Each configuration against the baseline on the same tasks: is the difference more than noise? */
  comparisons: PairedComparison[];
  byCwe: Record<string, SummaryTable>;
  byLanguage: Record<string, SummaryTable>;
  tasks: TaskResult[];
  /** Agreement between judges of "secure" (analyser, security tests, ...) overall and per CWE; absent in older reports. */
  agreement?: AgreementTable[];
}

export function buildReport(results: readonly TaskResult[], meta: ReportMeta): EvalReport {
  const k = Math.max(1, meta.samples);
  return {
    schema: REPORT_SCHEMA,
    version: 2,
    meta,
    summary: summarise(results, k),
    comparisons: pairedComparisons(results),
    byCwe: summariseBy(results, 'cwe', k),
    byLanguage: summariseBy(results, 'language', k),
    tasks: [...results],
    agreement: judgeAgreement(results),
  };
}
