// The analysis stage: parse once, run every rule for the language, dedupe, sort, free the tree.
import type { Language } from '../task/Task';
import type { ParserPort } from '../languages/SyntaxTree';
import type { AnalysisRecord, Finding, SuppressedFinding } from './Finding';
import { PlaygroundError } from '../errors';
import { createRuleContext } from './RuleContext';
import { RULES } from './ruleRegistry';
import { runRule } from './runRule';
import { withoutCoveredLowFindings } from './lowTierOverlap';

export const ANALYZER_NAME = 'playground-treesitter-rules';

export interface AnalyzeOptions {
  /** Returns a reason to hide a finding (e.g. team feedback marked it a false positive), or null. */
  suppress?: (finding: Finding) => string | null;
  /** Default true; false turns off the guard and sanitiser shapes (guardShapes.ts), for measuring them. */
  guards?: boolean;
}

function hasTopLevelError(root: {
  hasError: boolean;
  children: ({ type: string; isNamed: boolean } | null)[];
}): boolean {
  return root.hasError && root.children.some((c) => c?.type === 'ERROR');
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
    const ctx = createRuleContext(tree, code);
    const seen = new Set<string>();
    const findings: Finding[] = [];
    const suppressed: SuppressedFinding[] = [];
    for (const rule of RULES) {
      for (const finding of runRule(rule, ctx, options.guards ?? true)) {
        const key = `${finding.cwe}:${finding.line}:${finding.column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const reason = options.suppress?.(finding) ?? null;
        if (reason) suppressed.push({ ...finding, suppressedBy: reason });
        else findings.push(finding);
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
