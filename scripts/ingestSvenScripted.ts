// Measurement script (not a test): ingests the SVEN pairs of ../shared/benchmarks/dev-code.jsonl
// (read by path, never copied) into a user knowledge base under /tmp, with distillation answered
// by the SCRIPTED test engine: canned, labelled stand-in replies per CWE, not a model's output.
// Usage: npx tsx scripts/ingestSvenScripted.ts [DEV_CODE_JSONL] [OUT_DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { ScriptedEngine } from '../src/adapters/scripted/ScriptedEngine';
import { ingestPairsFile } from '../src/adapters/node/ingestPairsFile';

const source = process.argv[2] ?? '../shared/benchmarks/dev-code.jsonl';
const outDir = process.argv[3] ?? '/tmp/l-sven-user-kb';
const lines = readFileSync(source, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && JSON.parse(l).source === 'SVEN');
const input = '/tmp/l-sven-pairs.jsonl';
writeFileSync(input, `${lines.join('\n')}\n`);
const cwes = [...new Set(lines.map((l) => String(JSON.parse(l).cwe)))];

const reply = (cwe: string, merged: boolean): string =>
  [
    `CAUSE: (scripted stand-in${merged ? ', merged' : ''}) Code fixed for ${cwe} trusted a value the fix later checked.`,
    'GUIDELINES:',
    `- (scripted) Check every value that reaches a ${cwe} sink before use.`,
    `- (scripted) Prefer the safe API the fixes for ${cwe} switched to.`,
  ].join('\n');

const engine = new ScriptedEngine({
  label: 'Scripted stand-in for distillation (not a model)',
  rules: cwes.flatMap((cwe) => [
    { match: `Weakness: ${cwe}\\b[^]*Merge them`, reply: reply(cwe, true) },
    { match: `Weakness: ${cwe}\\b`, reply: reply(cwe, false) },
  ]),
});

const summary = await ingestPairsFile({
  file: input,
  outDir,
  name: 'sven-dev-pairs',
  engine,
  log: (l) => process.stderr.write(`${l}\n`),
});
process.stdout.write(`${JSON.stringify({ ...summary, samples: lines.length })}\n`);
