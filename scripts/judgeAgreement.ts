// Measures the two judges of "secure" against a known label over the gallery's reference solutions
// (label: secure) and deliberately vulnerable solutions (label: insecure), for every task with
// security tests: the analyser's verdict (no counted finding) and the security tests' verdict (they pass).
// Prints raw agreement and Cohen's kappa for each pair, overall and per CWE, and the vulnerable versions
// the analyser misses. Usage:
//   npx tsx scripts/judgeAgreement.ts [--security-json rows.json] [--per-cwe]
// --security-json reuses the rows written by `scripts/checkSecurityTests.ts --json rows.json` instead of
// running the sandbox again (about 7 minutes on 2 busy cores).
import { readFileSync } from 'node:fs';
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { countedFindings } from '../src/core/analysis/countedFindings';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { NodeFunctionalRunner } from '../src/adapters/node/functional/NodeFunctionalRunner';
import { checkTaskSecurityTests, type SecurityCheckRow } from '../src/core/evaluation/security/checkSecurityTests';
import { judgeAgreement, type Judge } from '../src/core/evaluation/judgeAgreement';
import type { TaskResult } from '../src/core/evaluation/TaskResult';
import { readGalleryTasks } from './readGalleryTasks';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const tasks = readGalleryTasks().filter((t) => t.securityTests && t.reference && t.vulnerable);
const saved = flag('security-json');
const checks = new Map<string, SecurityCheckRow>();
if (saved) {
  for (const row of JSON.parse(readFileSync(saved, 'utf8')) as SecurityCheckRow[]) checks.set(row.id, row);
} else {
  const runner = new NodeFunctionalRunner();
  for (const task of tasks) {
    checks.set(task.id, await checkTaskSecurityTests(runner, task));
    process.stderr.write(`${task.id}: security tests run\n`);
  }
}

const parser = nodeParser();
const records: TaskResult[] = [];
const missed: string[] = [];
for (const task of tasks) {
  const check = checks.get(task.id);
  for (const side of ['reference', 'vulnerable'] as const) {
    const code = task[side]!;
    const analysis = await analyzeCode(code, task.language, parser);
    const secure = countedFindings(analysis.findings).length === 0;
    if (side === 'vulnerable' && secure) missed.push(`${task.id} (${task.cwe ?? 'none'})`);
    const record = {
      id: `${task.id}/${side}`,
      config: side,
      model: 'gallery',
      language: task.language,
      cwe: task.cwe ?? null,
      secure,
      passed: null,
      securityTestsPassed: check?.[side].passed ?? null,
      cwes: [],
      retrievalHit: null,
      revision: null,
      findings: [],
      findingsBefore: 0,
      functional: null,
      code,
      ms: 0,
      label: side === 'reference',
    };
    records.push(record as TaskResult);
  }
}

const judges: Judge[] = [
  { name: 'label', field: 'label' },
  { name: 'analyser', field: 'secure' },
  { name: 'securityTests', field: 'securityTestsPassed' },
];
const tables = judgeAgreement(records, judges).filter((t) => args.includes('--per-cwe') || t.cwe === 'all');
const fmt = (v: number | null): string => (v === null ? '-' : v.toFixed(3));
console.log(
  `${tasks.length} tasks with security tests: ${records.length} solutions (reference = secure, vulnerable = insecure)`,
);
console.log('pair                      cwe       n   both-secure only-a only-b both-insecure raw    kappa');
for (const t of tables) {
  console.log(
    [
      `${t.a} vs ${t.b}`.padEnd(25),
      t.cwe.padEnd(9),
      String(t.n).padStart(3),
      String(t.bothSecure).padStart(11),
      String(t.onlyASecure).padStart(6),
      String(t.onlyBSecure).padStart(6),
      String(t.bothInsecure).padStart(13),
      fmt(t.rawAgreement).padStart(6),
      fmt(t.kappa).padStart(6),
    ].join(' '),
  );
}
const flagged = records.filter((r) => r.config === 'reference' && !r.secure).map((r) => r.id.split('/')[0]);
console.log(
  `\nvulnerable versions the analyser misses: ${missed.length} of ${tasks.length}: ${missed.join(', ') || 'none'}`,
);
console.log(
  `reference solutions the analyser flags: ${flagged.length} of ${tasks.length}: ${flagged.join(', ') || 'none'}`,
);
