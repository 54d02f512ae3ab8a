// The SARIF logs we write pass the official SARIF 2.1.0 schema, and the check rejects a broken log.
import { describe, expect, it } from 'vitest';
import { analyzeCode } from '../../core/analysis/analyzeCode';
import { toSarifLog } from '../../core/analysis/sarif/toSarifLog';
import { analyzerSarifOptions } from '../../core/analysis/sarif/analyzerSarifOptions';
import { analysisSarifLog } from '../../core/analysis/sarif/analysisSarifLog';
import { nodeParser } from './nodeParser';
import { sarifLogErrors, sarifSchemaErrors } from './validateSarif';

const CODE = 'import os\nimport pickle\n\ndef f(h, d):\n    pickle.loads(d)\n    os.system("ping " + h)\n';

async function ourLog() {
  const record = await analyzeCode(CODE, 'python', nodeParser());
  return toSarifLog([{ uri: 'src/f.py', language: 'python', findings: record.findings }], analyzerSarifOptions());
}

describe('sarifSchemaErrors', () => {
  it("accepts the analyser's log", async () => {
    const log = await ourLog();
    expect(log.runs[0]!.results!.length).toBe(2);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(sarifLogErrors(log)).toEqual([]);
  });

  it("accepts the Findings pane's log of one analysis, named after the task", async () => {
    const log = analysisSarifLog(await analyzeCode(CODE, 'python', nodeParser()), 'py/ping');
    expect(log.runs[0]!.artifacts?.[0]?.location?.uri).toBe('py_ping.py');
    expect(sarifLogErrors(log)).toEqual([]);
  });

  it('rejects a result without its ruleId or with a wrong rule index, taxon or artifact', async () => {
    const log = await ourLog();
    const noRule = structuredClone(log);
    delete noRule.runs[0]!.results![0]!.ruleId;
    expect(sarifLogErrors(noRule)).toEqual(['/runs/0/results/0: no ruleId']);
    const wrong = structuredClone(log);
    const result = wrong.runs[0]!.results![1]!;
    result.ruleIndex = 5;
    result.taxa![0]!.index = 7;
    result.locations![0]!.physicalLocation!.artifactLocation!.uri = 'other.py';
    expect(sarifLogErrors(wrong)).toHaveLength(3);
  });

  it('rejects a log whose result has no message, or a bad level, or no version', async () => {
    const log = await ourLog();
    const noMessage = structuredClone(log);
    delete (noMessage.runs[0]!.results![0] as { message?: unknown }).message;
    expect(sarifSchemaErrors(noMessage).join('\n')).toMatch(/message/);
    const badLevel = structuredClone(log);
    (badLevel.runs[0]!.results![0] as { level: string }).level = 'high';
    expect(sarifSchemaErrors(badLevel)).not.toEqual([]);
    const noVersion = { ...structuredClone(log) } as Record<string, unknown>;
    delete noVersion.version;
    expect(sarifSchemaErrors(noVersion).join('\n')).toMatch(/version/);
  });

  it('rejects a zero line number (SARIF lines are 1-based)', async () => {
    const log = await ourLog();
    log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    expect(sarifSchemaErrors(log)).not.toEqual([]);
  });
});
