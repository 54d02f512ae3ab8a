// `eval`: runs a suite under named configurations against OpenAI-compatible servers, in Node, with
// the same core as the browser; writes the report (--out, else stdout), optional CSVs, and shows
// progress on stderr. Ctrl-C stops after the current run and still writes what is done.
import { existsSync, writeFileSync } from 'node:fs';
import type { Command, ParsedArgs } from '../Command';
import { createStages } from '../../core/createStages';
import { parseConfigList } from '../../core/evaluation/EvalConfig';
import { runSuite } from '../../core/evaluation/runSuite';
import { buildReport } from '../../core/evaluation/EvalReport';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import type { RunTrace } from '../../core/trace';
import { resultsCsv, summaryCsv } from '../../core/evaluation/reportCsv';
import { PlaygroundError, toErrorRecord } from '../../core/errors';
import { createNodePorts } from '../../adapters/node/createNodePorts';
import { NodeFunctionalRunner } from '../../adapters/node/functional/NodeFunctionalRunner';
import { openKnowledgeBase } from './openKnowledgeBase';
import { evalEngines } from './evalEngines';
import { loadSuite } from './loadSuite';
import { readEarlierRuns, runsLogPath, startRunsLog } from './runsLog';
import { formatProgress } from './formatProgress';
import { EVAL_OPTIONS } from './evalOptions';
import { samplingForSample, samplingOf, withSampling } from './withSampling';
import { evalMeta, samplesOf } from './evalMeta';
import { commandUsage } from '../commandHelp';
import { codeDirWriter } from './codeDir';
import { REJECTIONS_BEFORE_STOP, watchRejections } from './repeatedRejection';
import { writeTraceFile } from './traceFiles';

// Errors that will fail every other run the same way: stop instead of running the whole suite.
const FATAL = new Set(['ENGINE_UNREACHABLE', 'ENGINE_UNAUTHORIZED', 'ENGINE_NOT_FOUND']);

export const evalCommand: Command = {
  name: 'eval',
  summary: 'evaluate configurations on a suite against an OpenAI-compatible server',
  options: EVAL_OPTIONS,
  async run(args) {
    try {
      return await runEval(args);
    } catch (error) {
      const record = toErrorRecord(error, 'BAD_INPUT');
      process.stderr.write(
        `eval: ${record.message}${record.detail ? ` (${record.detail})` : ''}\n${record.hint ? `${record.hint}\n` : ''}${commandUsage(evalCommand)}\n`,
      );
      return 2;
    }
  },
};

async function runEval(args: ParsedArgs): Promise<number> {
  const configs = parseConfigList(args.flags.config);
  const engines = evalEngines(args);
  const sampling = samplingOf(args.flags);
  const samples = samplesOf(args);
  if (samples > 1 && !sampling.temperature && engines.length > 0)
    process.stderr.write(`eval: --samples ${samples} at temperature 0: the samples will mostly be the same answer\n`);
  const kb = await openKnowledgeBase(args);
  const suite = loadSuite(args, kb);
  for (const e of suite.errors) process.stderr.write(`suite line ${e.line}: ${e.message}; skipped\n`);
  if (suite.tasks.length === 0) throw new PlaygroundError('BAD_INPUT', { message: 'the suite has no valid tasks' });
  const resumeFrom = earlierRuns(args);
  // Without --out the report goes to stdout and no log is kept beside it.
  const logRun = args.flags.out ? startRunsLog(runsLogPath(args.flags.out), resumeFrom) : () => {};
  const writeCode = args.flags['code-dir'] ? codeDirWriter(args.flags['code-dir'], engines.length > 1) : () => {};
  resumeFrom.forEach(writeCode);
  const runner = args.flags['no-tests'] ? undefined : new NodeFunctionalRunner();
  const controller = new AbortController();
  const onSigint = (): void => {
    process.stderr.write('\nstopping after the current run...\n');
    controller.abort();
  };
  process.once('SIGINT', onSigint);
  process.once('SIGTERM', onSigint);
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const results: TaskResult[] = [...resumeFrom];
  let fatal: TaskResult['error'] | undefined;
  const rejected = watchRejections();
  try {
    const testTimeout = Number(args.flags['test-timeout-ms']);
    for await (const result of runSuite({
      tasks: suite.tasks,
      configs,
      engines,
      samples,
      engineForSample: (engine, sample) => withSampling(engine, samplingForSample(sampling, sample)),
      stages: createStages(await createNodePorts(kb)),
      functionalRunner: runner,
      signal: controller.signal,
      resumeFrom,
      testTimeoutMs: testTimeout > 0 ? testTimeout : undefined,
      concurrency: args.flags.concurrency ? Number(args.flags.concurrency) : 1,
      ...(args.flags.traces ? { storeTrace: traceStore(args.flags.traces) } : {}),
      onProgress: (done, total, eta, last) => {
        if (last) process.stderr.write(`${formatProgress(done, total, eta, last)}\n`);
      },
    })) {
      results.push(result);
      logRun(result);
      writeCode(result);
      if (result.error && FATAL.has(result.error.code)) {
        fatal = result.error;
        controller.abort();
      }
      const rejection = rejected(result);
      if (rejection && !fatal) {
        fatal = {
          ...rejection,
          message: `the server rejected ${REJECTIONS_BEFORE_STOP} requests the same way: ${rejection.message}`,
        };
        controller.abort();
      }
    }
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
    await runner?.dispose();
  }
  const models = engines.length ? engines.map((e) => e.model() ?? e.label) : ['reference'];
  const wallMs = Math.round(performance.now() - started);
  const report = buildReport(results, evalMeta(args, { models, kbVersion: kb.version, suite, startedAt, wallMs }));
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (args.flags.out) writeFileSync(args.flags.out, json);
  else process.stdout.write(json);
  if (args.flags.csv) writeFileSync(args.flags.csv, resultsCsv(results));
  if (args.flags['summary-csv']) writeFileSync(args.flags['summary-csv'], summaryCsv(results));
  const errors = results.filter((r) => r.error).length;
  process.stderr.write(
    `${results.length} runs${errors ? ` (${errors} with an error, left out of every rate)` : ''} in ${(wallMs / 1000).toFixed(1)} s${args.flags.out ? `; report written to ${args.flags.out}` : ''}\n`,
  );
  if (fatal) {
    process.stderr.write(
      `eval stopped: ${fatal.message}${fatal.detail ? ` (${fatal.detail})` : ''}\n${fatal.hint ?? ''}\n`,
    );
    return 1;
  }
  const fresh = results.slice(resumeFrom.length);
  if (fresh.length > 0 && fresh.every((r) => r.error)) {
    process.stderr.write(
      `eval: every run failed (${fresh[0]?.error?.message ?? 'engine error'}); nothing was measured\n`,
    );
    return 1;
  }
  return controller.signal.aborted ? 130 : 0;
}

function traceStore(dir: string): (trace: RunTrace, result: TaskResult) => Promise<string> {
  return (trace, result) => Promise.resolve(writeTraceFile(dir, trace, result));
}

/** `--resume FILE` reads FILE; a bare `--resume` continues `--out` when it (or its runs log) exists. */
function earlierRuns(args: ParsedArgs): TaskResult[] {
  const { resume, out } = args.flags;
  if (resume === undefined) return [];
  if (resume !== '') return readEarlierRuns(resume);
  if (!out)
    throw new PlaygroundError('BAD_INPUT', { message: 'a bare --resume continues --out REPORT.json: give --out' });
  if (existsSync(out)) return readEarlierRuns(out);
  return existsSync(runsLogPath(out)) ? readEarlierRuns(runsLogPath(out)) : [];
}
