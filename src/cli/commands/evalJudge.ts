// `eval judge --report R --sarif a.sarif,b.sarif`: external tools' SARIF results as a third judge of an eval
// report's runs (matched by the files `eval --code-dir` wrote), with rates over the runs they judged.
import { writeFileSync } from 'node:fs';
import type { Command } from '../Command';
import { PlaygroundError, toErrorRecord } from '../../core/errors';
import { parseTaskResults } from '../../core/evaluation/TaskResult';
import { readSarifResults } from '../../core/evaluation/externalJudge/readSarifResults';
import { judgeRuns } from '../../core/evaluation/externalJudge/judgeRuns';
import { externalSummary } from '../../core/evaluation/externalJudge/externalSummary';
import { readInputFile } from '../readInputFile';
import { commandUsage } from '../commandHelp';
import { isLanguage, type Language } from '../../core/task/Task';

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readInputFile(file));
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new PlaygroundError('BAD_INPUT', { message: `${what} ${file} is not JSON (${error.message})` });
    throw error;
  }
}

export const evalJudgeCommand: Command = {
  name: 'eval judge',
  summary: "judge an eval report's runs with external SARIF results (CodeQL, Semgrep, Bandit) matched by file",
  options: [
    {
      name: 'report',
      type: 'string',
      value: 'REPORT.json',
      description: "the eval report whose runs' code the SARIF logs scanned",
    },
    { name: 'sarif', type: 'string', value: 'FILE[,FILE]', description: 'SARIF 2.1.0 logs of the code directory' },
    { name: 'out', type: 'string', value: 'FILE', defaultNote: 'stdout', description: 'write the judged report here' },
    {
      name: 'scanned-languages',
      type: 'string',
      value: 'L[,L]',
      description: 'the logs covered every file of these languages: a file no log names is judged clean',
    },
  ],
  async run(args) {
    const { report: reportFile, sarif, out } = args.flags;
    if (!reportFile || !sarif) {
      process.stderr.write(`eval judge: give --report and --sarif\n${commandUsage(evalJudgeCommand)}\n`);
      return 2;
    }
    try {
      const named = (args.flags['scanned-languages'] ?? '').split(',').map((l) => l.trim());
      const unknown = named.find((l) => l !== '' && !isLanguage(l));
      if (unknown !== undefined)
        throw new PlaygroundError('BAD_INPUT', { message: `--scanned-languages names unknown language "${unknown}"` });
      const scannedLanguages = named.filter((l): l is Language => isLanguage(l));
      const report = readJson(reportFile, 'report') as Record<string, unknown>;
      const rows = Array.isArray(report.tasks) ? (report.tasks as unknown[]) : [];
      const runs = parseTaskResults(rows);
      if (runs.length === 0) throw new PlaygroundError('BAD_INPUT', { message: `${reportFile} has no runs ("tasks")` });
      if (runs.length < rows.length)
        process.stderr.write(`eval judge: ${rows.length - runs.length} invalid runs left out\n`);
      const files = sarif
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean);
      const scan = readSarifResults(files.map((f) => readJson(f, 'SARIF file')));
      const judged = judgeRuns(runs, scan, { scannedLanguages });
      const summary = externalSummary(judged.results);
      const externalJudge = {
        tools: scan.tools,
        sarif: files,
        scannedLanguages,
        results: scan.results.length,
        judged: judged.judged,
        notJudged: judged.notJudged,
        unmatchedUris: judged.unmatchedUris,
        summary,
      };
      const json = `${JSON.stringify({ ...report, externalJudge, tasks: judged.results }, null, 2)}\n`;
      if (out) writeFileSync(out, json);
      else process.stdout.write(json);
      const rates = Object.entries(summary)
        .map(([config, row]) => `${config} ${row.externalSecure}/${row.judged}`)
        .join(', ');
      process.stderr.write(
        `eval judge: ${judged.judged} of ${runs.length} runs judged by ${scan.tools.join(', ') || 'no tool'} (${judged.notJudged} not judged); externally secure: ${rates || 'none'}${judged.unmatchedUris.length ? `; ${judged.unmatchedUris.length} result files match no run` : ''}\n`,
      );
      return 0;
    } catch (error) {
      const record = toErrorRecord(error, 'BAD_INPUT');
      process.stderr.write(`eval judge: ${record.message}${record.detail ? ` (${record.detail})` : ''}\n`);
      return 2;
    }
  },
};
