// Per-rule and per-language finding counts on a labelled benchmark, to judge each rule's confidence and measure
// mechanisms (guards, tiers) before and after: `npx tsx scripts/analyzerRuleStats.ts BENCHMARK.jsonl [--top N]`.
// A rule's "secure" column counts fixed/secure samples it fires on; "labelled" vulnerable samples it flags with
// their labelled CWE (or a family member). Nothing is written; the output is plain text.
import { existsSync, readFileSync } from 'node:fs';
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { isLanguage } from '../src/core/task/Task';
import { matchesAny } from '../src/core/analysis/cweFamilies';
import { isCounted } from '../src/core/analysis/countedFindings';

interface RuleStat {
  tier: string;
  labelled: number;
  otherVulnerable: number;
  secure: number;
}

async function main(): Promise<void> {
  const path = process.argv[2];
  if (!path || !existsSync(path))
    throw new Error('usage: npx tsx scripts/analyzerRuleStats.ts BENCHMARK.jsonl [--top N]');
  const topAt = process.argv.indexOf('--top');
  const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 40;
  const parser = nodeParser();
  const rules = new Map<string, RuleStat>();
  const totals = new Map<
    string,
    { findings: number; notes: number; guardedVulnerable: number; guardedSecure: number }
  >();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as Record<string, unknown>;
    if (!isLanguage(raw.language) || typeof raw.code !== 'string' || !parser.supports(raw.language)) continue;
    const labels = (Array.isArray(raw.cwe) ? raw.cwe : [raw.cwe]).filter((c): c is string => typeof c === 'string');
    const vulnerable = raw.label === 'vulnerable';
    const record = await analyzeCode(raw.code, raw.language, parser);
    const total = totals.get(raw.language) ?? { findings: 0, notes: 0, guardedVulnerable: 0, guardedSecure: 0 };
    totals.set(raw.language, total);
    // The same sample without the guard and sanitiser shapes: the difference is what the guards removed.
    const unguarded = (await analyzeCode(raw.code, raw.language, parser, { guards: false })).findings.length;
    const removed = unguarded - record.findings.length;
    if (vulnerable) total.guardedVulnerable += removed;
    else total.guardedSecure += removed;
    const seen = new Set<string>();
    for (const f of record.findings) {
      if (isCounted(f)) total.findings += 1;
      else total.notes += 1;
      if (seen.has(f.rule)) continue;
      seen.add(f.rule);
      const stat = rules.get(f.rule) ?? { tier: f.tier ?? 'finding', labelled: 0, otherVulnerable: 0, secure: 0 };
      rules.set(f.rule, stat);
      if (!vulnerable) stat.secure += 1;
      else if (matchesAny([f.cwe], labels)) stat.labelled += 1;
      else stat.otherVulnerable += 1;
    }
  }
  const out = ['language\tfindings\tnotes\tremoved by guards on vulnerable samples\ton secure samples'];
  for (const [language, t] of [...totals].sort())
    out.push(`${language}\t${t.findings}\t${t.notes}\t${t.guardedVulnerable}\t${t.guardedSecure}`);
  out.push('', 'rule\ttier\tsecure samples\tvulnerable, labelled CWE\tvulnerable, other CWE');
  const sorted = [...rules].sort((a, b) => b[1].secure - a[1].secure || b[1].labelled - a[1].labelled);
  for (const [id, s] of sorted.slice(0, top))
    out.push(`${id}\t${s.tier}\t${s.secure}\t${s.labelled}\t${s.otherVulnerable}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
