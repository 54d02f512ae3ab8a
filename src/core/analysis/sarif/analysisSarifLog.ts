// The SARIF log of one analysis record (the Findings pane's download): the code named after its task.
import type { Log } from 'sarif';
import type { AnalysisRecord } from '../Finding';
import { toSarifLog } from './toSarifLog';
import { analyzerSarifOptions } from './analyzerSarifOptions';
import { codeFileName } from './codeFileName';

export function analysisSarifLog(record: AnalysisRecord, taskId: string): Log {
  const uri = codeFileName(taskId, record.language);
  return toSarifLog(
    [{ uri, language: record.language, findings: record.findings, suppressed: record.suppressed }],
    analyzerSarifOptions(),
  );
}
