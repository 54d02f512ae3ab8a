// Analysis time against file length: generated Python and C files and a top-level PHP script of 1k, 2k, 5k and 20k lines, and the
// 20k/2k ratio (10 when linear). Run alone: npx tsx scripts/bench/analyzeScaling.ts [runs] [python|c|php]
import { pathToFileURL } from 'node:url';
import { nodeParser } from '../../src/adapters/node/nodeParser';
import { analyzeCode } from '../../src/core/analysis/analyzeCode';
import { generateC } from './generatedC';
import { generatePhpScript } from './generatedPhpScript';

export const SCALING_SIZES = [1000, 2000, 5000, 20000] as const;

/**
 * One function of a realistic shape, varied by `i`: request handlers reaching subprocess, SQL and
 * file calls, some through a guard or a sanitiser, plus plain helpers. About 12 lines each.
 */
function pythonFunction(i: number): string {
  switch (i % 4) {
    case 0:
      return [
        `@app.route("/run${i}")`,
        `def run_${i}():`,
        `    cmd = request.args.get("cmd")`,
        `    opts = ["-l", str(${i})]`,
        `    if cmd in ALLOWED:`,
        `        subprocess.run([cmd] + opts)`,
        `    out = subprocess.check_output(cmd, shell=True)`,
        `    log.info("ran %s", cmd)`,
        `    total = len(out) + ${i}`,
        `    for part in out.split():`,
        `        total += len(part)`,
        `    return str(total)`,
        ``,
      ].join('\n');
    case 1:
      return [
        `def query_${i}(db, user_id):`,
        `    name = request.form["name"]`,
        `    cur = db.cursor()`,
        `    cur.execute("SELECT * FROM t WHERE id = %s", (user_id,))`,
        `    cur.execute("SELECT * FROM u WHERE name = '" + name + "'")`,
        `    rows = cur.fetchall()`,
        `    result = [r[0] for r in rows if r]`,
        `    if not result:`,
        `        return None`,
        `    helper_${i}(result)`,
        `    return result`,
        ``,
      ].join('\n');
    case 2:
      return [
        `def read_${i}(base):`,
        `    path = request.args.get("file")`,
        `    safe = os.path.basename(path)`,
        `    with open(os.path.join(base, safe)) as f:`,
        `        data = f.read()`,
        `    with open(path) as g:`,
        `        raw = g.read()`,
        `    size = len(data) + len(raw)`,
        `    if size > ${i}:`,
        `        data = data[:${i}]`,
        `    return data`,
        ``,
      ].join('\n');
    default:
      return [
        `def helper_${i}(values):`,
        `    total = 0`,
        `    for v in values:`,
        `        if v is None:`,
        `            continue`,
        `        total += int(v) * ${i}`,
        `    mean = total / max(len(values), 1)`,
        `    label = "h%d" % mean`,
        `    cache[label] = mean`,
        `    return {"label": label, "mean": mean}`,
        ``,
      ].join('\n');
  }
}

/** A Python module of about `lines` lines: imports, then functions until the length is reached. */
export function generatePython(lines: number): string {
  const parts = [
    'import os',
    'import subprocess',
    'import logging',
    'from flask import Flask, request',
    '',
    'app = Flask(__name__)',
    'log = logging.getLogger(__name__)',
    'ALLOWED = {"ls", "date"}',
    'cache = {}',
    '',
  ];
  let count = parts.length;
  for (let i = 0; count < lines; i += 1) {
    const fn = pythonFunction(i);
    parts.push(fn);
    count += fn.split('\n').length;
  }
  return parts.join('\n');
}

/** `ms` is wall time; `cpuMs` is this process's CPU time, steadier when other work shares the machine. */
export interface ScalingPoint {
  lines: number;
  ms: number;
  cpuMs: number;
  findings: number;
}

/** The generated series: a language and a generator of a module of about `lines` lines. */
export const SCALING_SERIES = {
  python: generatePython,
  c: generateC,
  php: generatePhpScript,
} as const;
export type ScalingLanguage = keyof typeof SCALING_SERIES;

/** Median of `runs` analyses per size (parsing included, as the CLI and the worker do it). */
export async function analyzeScaling(
  runs = 3,
  language: ScalingLanguage = 'python',
): Promise<{ points: ScalingPoint[]; ratio20kTo2k: number }> {
  const parser = nodeParser();
  const generate = SCALING_SERIES[language];
  await analyzeCode(generate(200), language, parser); // warm-up: grammar load and JIT
  const points: ScalingPoint[] = [];
  for (const lines of SCALING_SIZES) {
    const code = generate(lines);
    const times: number[] = [];
    const cpu: number[] = [];
    let findings = 0;
    for (let r = 0; r < runs; r += 1) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      findings = (await analyzeCode(code, language, parser)).findings.length;
      const used = process.cpuUsage(cpuStarted);
      times.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
    }
    const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0);
    points.push({ lines: code.split('\n').length, ms: median(times), cpuMs: median(cpu), findings });
  }
  // The ratio uses CPU time: wall time on a shared machine mostly measures the neighbours.
  const at = (n: number) => points.find((p) => Math.abs(p.lines - n) < n * 0.05)?.cpuMs ?? NaN;
  return { points, ratio20kTo2k: Math.round((at(20000) / at(2000)) * 10) / 10 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 3);
  const only = process.argv[3];
  const languages = (Object.keys(SCALING_SERIES) as ScalingLanguage[]).filter((l) => !only || l === only);
  (async () => {
    for (const language of languages) {
      const s = await analyzeScaling(runs, language);
      for (const p of s.points)
        console.log(`  ${language} ${p.lines} lines: ${p.ms} ms wall, ${p.cpuMs} ms CPU (${p.findings} findings)`);
      console.log(`  ${language} 20k/2k CPU time ratio: ${s.ratio20kTo2k} (linear is 10; goal at most 12)`);
    }
  })().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
