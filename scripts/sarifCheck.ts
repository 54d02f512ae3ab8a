// Builds one SARIF log of the analyser over every sample of a labelled benchmark and checks it against the official
// SARIF 2.1.0 schema (and our consistency checks): `npx tsx scripts/sarifCheck.ts ../shared/benchmarks/dev-code.jsonl
// [--out log.sarif]`. Prints results by level, rules, taxa; exit 1 when the log is invalid.
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { isLanguage } from '../src/core/task/Task';
import { toSarifLog, type SarifArtifactInput } from '../src/core/analysis/sarif/toSarifLog';
import { analyzerSarifOptions } from '../src/core/analysis/sarif/analyzerSarifOptions';
import { sarifLogErrors } from '../src/adapters/node/validateSarif';
import { inputBaseUri, lineUri } from '../src/adapters/node/sarifUris';

const [path, ...rest] = process.argv.slice(2);
if (!path) {
  process.stderr.write('usage: npx tsx scripts/sarifCheck.ts BENCHMARK.jsonl [--out FILE.sarif]\n');
  process.exit(2);
}
const outIndex = rest.indexOf('--out');
const outFile = outIndex >= 0 ? rest[outIndex + 1] : undefined;

const parser = nodeParser();
const base = inputBaseUri(path);
const artifacts: SarifArtifactInput[] = [];
const problems: string[] = [];
const lines = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const started = performance.now();
for (const [i, line] of lines.entries()) {
  const raw = JSON.parse(line) as Record<string, unknown>;
  const uri = lineUri(base, raw, i + 1);
  if (!isLanguage(raw.language) || typeof raw.code !== 'string') {
    problems.push(`${uri}: language ${JSON.stringify(raw.language)} is not analysed`);
    continue;
  }
  try {
    const record = await analyzeCode(raw.code, raw.language, parser);
    artifacts.push({ uri, language: raw.language, findings: record.findings, suppressed: record.suppressed });
  } catch (error) {
    problems.push(`${uri}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
const log = toSarifLog(artifacts, { ...analyzerSarifOptions(), problems });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (outFile) writeFileSync(outFile, `${JSON.stringify(log, null, 2)}\n`);

const run = log.runs[0]!;
const byLevel: Record<string, number> = {};
for (const r of run.results ?? []) byLevel[r.level ?? 'none'] = (byLevel[r.level ?? 'none'] ?? 0) + 1;
const errors = sarifLogErrors(log);
const summary = {
  samples: lines.length,
  artifacts: artifacts.length,
  notAnalysed: problems.length,
  results: run.results?.length ?? 0,
  byLevel,
  rules: run.tool.driver.rules?.length ?? 0,
  taxa: run.taxonomies?.[0]?.taxa?.length ?? 0,
  bytes: JSON.stringify(log).length,
  seconds: Number(seconds),
  valid: errors.length === 0,
};
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
for (const e of errors.slice(0, 20)) process.stderr.write(`invalid: ${e}\n`);
process.exit(errors.length === 0 ? 0 : 1);
