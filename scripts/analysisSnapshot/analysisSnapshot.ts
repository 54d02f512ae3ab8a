// Findings snapshot: analyses every knowledge-base example and every recorded test sample, one sorted JSON file.
// Usage: npx tsx scripts/analysisSnapshot/analysisSnapshot.ts <inputs.jsonl> <out.json>; run before and after a
// refactor of the rules and compare the two files byte for byte.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { analyzeCode } from '../../src/core/analysis/analyzeCode';
import { nodeParser } from '../../src/adapters/node/nodeParser';
import { isLanguage, type Language } from '../../src/core/task/Task';

interface Sample {
  code: string;
  language: Language;
}

function kbSamples(): Sample[] {
  const dir = join(process.cwd(), 'kb', 'cwe');
  const samples: Sample[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as { examples?: Record<string, string>[] };
    for (const ex of doc.examples ?? []) {
      const language = ex.language;
      if (!language || !isLanguage(language)) continue;
      for (const code of [ex.vulnerable, ex.fixed]) if (code) samples.push({ code, language });
    }
  }
  return samples;
}

function recordedSamples(path: string): Sample[] {
  if (!existsSync(path)) throw new Error(`no recorded inputs at ${path}`);
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  return lines.map((line) => JSON.parse(line) as Sample);
}

async function main(): Promise<void> {
  const [inputs, out] = process.argv.slice(2);
  if (!inputs || !out) throw new Error('usage: analysisSnapshot.ts <inputs.jsonl> <out.json>');
  const unique = new Map<string, Sample>();
  for (const s of [...kbSamples(), ...recordedSamples(inputs)]) unique.set(`${s.language}\0${s.code}`, s);
  const keys = [...unique.keys()].sort();
  const rows: string[] = [];
  let findings = 0;
  for (const key of keys) {
    const s = unique.get(key)!;
    if (!nodeParser().supports(s.language)) continue;
    const record = await analyzeCode(s.code, s.language, nodeParser());
    // Whole findings (rule id, CWE, severity, message, fix, position, snippet) and the parse flag.
    rows.push(JSON.stringify({ language: s.language, code: s.code, parsed: record.parsed, findings: record.findings }));
    findings += record.findings.length;
  }
  writeFileSync(out, rows.join('\n') + '\n');
  console.log(`${rows.length} samples, ${findings} findings -> ${out}`);
}

await main();
