// Analysis CPU time on a ~20k-line file made by concatenating one language's dev-code samples (read at run time,
// for measuring only), for languages without a generated series. Usage:
// npx tsx scripts/bench/concatenatedDevCode.ts <language> [runs]
import { readFileSync } from 'node:fs';
import { nodeParser } from '../../src/adapters/node/nodeParser';
import { analyzeCode } from '../../src/core/analysis/analyzeCode';
import { isLanguage } from '../../src/core/task/Task';

const DEV_CODE = '../shared/benchmarks/dev-code.jsonl';
const language = process.argv[2] ?? '';
const runs = Number(process.argv[3] ?? 3);
if (!isLanguage(language)) throw new Error('usage: concatenatedDevCode.ts <language> [runs]');
const samples = readFileSync(DEV_CODE, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { language: string; code: string })
  .filter((s) => s.language === language)
  .map((s) => s.code);
if (samples.length === 0) throw new Error(`no ${language} samples in ${DEV_CODE}`);
const parts: string[] = [];
for (let i = 0, lines = 0; lines < 20000; i += 1) {
  const code = samples[i % samples.length] ?? '';
  parts.push(code);
  lines += code.split('\n').length;
}
const code = parts.join('\n');
const parser = nodeParser();
await analyzeCode(samples[0] ?? '', language, parser); // warm-up: grammar load and JIT
const cpu: number[] = [];
let findings = 0;
for (let r = 0; r < runs; r += 1) {
  const started = process.cpuUsage();
  findings = (await analyzeCode(code, language, parser)).findings.length;
  const used = process.cpuUsage(started);
  cpu.push(Math.round((used.user + used.system) / 1000));
}
const median = [...cpu].sort((a, b) => a - b)[Math.floor(runs / 2)];
console.log(
  `${language}: ${code.split('\n').length} lines from ${samples.length} samples, ${findings} findings, CPU ms ${cpu.join(' ')} (median ${median})`,
);
