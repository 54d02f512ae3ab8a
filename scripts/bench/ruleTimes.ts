// Per-rule CPU time on one generated module, to find the rules and helpers that dominate analysis time.
// Usage: npx tsx scripts/bench/ruleTimes.ts [python|c] [lines] [top]. Rules run in registry order over one shared
// context, as analyzeCode runs them, so a rule that first fills a shared cache (matches, calls, PDGs) pays for it.
import { pathToFileURL } from 'node:url';
import { nodeParser } from '../../src/adapters/node/nodeParser';
import { createRuleContext, withParameterSources } from '../../src/core/analysis/RuleContext';
import { parameterFindings } from '../../src/core/analysis/parameterSources';
import { RULES } from '../../src/core/analysis/ruleRegistry';
import { runRule } from '../../src/core/analysis/runRule';
import { ruleQueries } from '../../src/core/analysis/analyzeCode';
import { SCALING_SERIES, type ScalingLanguage } from './analyzeScaling';

export async function ruleTimes(language: ScalingLanguage, lines: number): Promise<Map<string, number>> {
  const code = SCALING_SERIES[language](lines);
  const tree = await nodeParser().parse(code, language);
  const times = new Map<string, number>();
  try {
    const ctx = createRuleContext(tree, code, ruleQueries(language));
    const paramCtx = withParameterSources(ctx);
    const run = (rule: (typeof RULES)[number], c: typeof ctx) => runRule(rule, c);
    for (const rule of RULES) {
      const started = process.cpuUsage();
      parameterFindings(rule, run(rule, ctx), paramCtx, run);
      const used = process.cpuUsage(started);
      times.set(rule.id, (times.get(rule.id) ?? 0) + (used.user + used.system) / 1000);
    }
  } finally {
    tree.dispose();
  }
  return times;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const language = (process.argv[2] ?? 'python') as ScalingLanguage;
  const lines = Number(process.argv[3] ?? 20000);
  const top = Number(process.argv[4] ?? 20);
  const times = await ruleTimes(language, lines);
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  console.log(`${language} ${lines} lines: ${Math.round(total)} ms CPU in rules`);
  for (const [id, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${Math.round(ms).toString().padStart(6)} ms  ${id}`);
}
