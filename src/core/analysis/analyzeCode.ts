// The analysis stage: parse once, run every rule for the language, dedupe, sort, free the tree.
import type { Language } from '../task/Task';
import type { ParserPort } from '../languages/SyntaxTree';
import type { AnalysisRecord, Finding, SuppressedFinding } from './Finding';
import type { Rule } from './Rule';
import { PlaygroundError } from '../errors';
import { createRuleContext, withParameterSources } from './RuleContext';
import { parameterFindings } from './parameterSources';
import { RULES } from './ruleRegistry';
import { runRule } from './runRule';
import { callQuery } from './callInfo';
import { withoutCoveredLowFindings } from './lowTierOverlap';

export const ANALYZER_NAME = 'playground-treesitter-rules';

export interface AnalyzeOptions {
  /** Returns a reason to hide a finding (e.g. team feedback marked it a false positive), or null. */
  suppress?: (finding: Finding) => string | null;
  /** Default true; false turns off the guard and sanitiser shapes (guardShapes.ts), for measuring them. */
  guards?: boolean;
  /** Default true; false leaves out the low-severity tier of known-dangerous APIs (rules/lowTier/). */
  lowTier?: boolean;
  /** Default true; false: parameters of top-level functions are no taint source (parameterSources.ts). */
  parameters?: boolean;
}

function hasTopLevelError(root: {
  hasError: boolean;
  children: ({ type: string; isNamed: boolean } | null)[];
}): boolean {
  return root.hasError && root.children.some((c) => c?.type === 'ERROR');
}

/** The distinct queries of the rules for a language, and the shared call query: run together in one pass. */
export function ruleQueries(language: Language): string[] {
  const queries = new Set<string>([callQuery(language)].filter(Boolean));
  for (const rule of RULES) {
    const query = rule.kind === 'query' && rule.languages.includes(language) ? rule.query[language] : undefined;
    if (query) queries.add(query);
  }
  return [...queries];
}

export async function analyzeCode(
  code: string,
  language: Language,
  parser: ParserPort,
  options: AnalyzeOptions = {},
): Promise<AnalysisRecord> {
  if (!parser.supports(language)) throw new PlaygroundError('LANGUAGE_UNSUPPORTED', { detail: language });
  const tree = await parser.parse(code, language);
  try {
    const ctx = createRuleContext(tree, code, ruleQueries(language));
    const paramCtx = withParameterSources(ctx);
    const guards = options.guards ?? true;
    const run = (rule: Rule, c: typeof ctx): Finding[] => runRule(rule, c, guards);
    // Where two rules report one CWE at one place, the first keeps it; a note gives way to a finding.
    const seen = new Map<string, number>();
    const findings: Finding[] = [];
    const suppressed: SuppressedFinding[] = [];
    for (const rule of RULES) {
      if (rule.severity === 'low' && options.lowTier === false) continue;
      const ordinary = run(rule, ctx);
      const fromParameters = options.parameters === false ? [] : parameterFindings(rule, ordinary, paramCtx, run);
      for (const finding of [...ordinary, ...fromParameters]) {
        const key = `${finding.cwe}:${finding.line}:${finding.column}`;
        const at = seen.get(key);
        if (at !== undefined) {
          if (at >= 0 && findings[at]?.tier === 'note' && finding.tier !== 'note') findings[at] = finding;
          continue;
        }
        const reason = options.suppress?.(finding) ?? null;
        if (reason) suppressed.push({ ...finding, suppressedBy: reason });
        else findings.push(finding);
        seen.set(key, reason ? -1 : findings.length - 1);
      }
    }
    const byPosition = (a: Finding, b: Finding): number =>
      a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
    return {
      language,
      analyzer: ANALYZER_NAME,
      parsed: !hasTopLevelError(tree.root),
      findings: withoutCoveredLowFindings(findings).sort(byPosition),
      suppressed: suppressed.sort(byPosition),
    };
  } finally {
    tree.dispose();
  }
}
