// Builds the common kind of query rule: "a call to X (under condition Y)", over every language it covers.
import type { Language } from '../task/Task';
import type { QueryRule, RuleMeta } from './Rule';
import type { FindingTier } from './Finding';
import type { RuleContext } from './RuleContext';
import { callQuery, type CallInfo } from './callInfo';

export interface CallRuleSpec extends RuleMeta {
  /** Callee names per language, matched against CallInfo.name. */
  callee: Partial<Record<Language, RegExp>>;
  when?: (call: CallInfo, ctx: RuleContext) => boolean;
  /** The tier of one matched call when the evidence varies (default: the rule's `tier`). */
  tierOf?: (call: CallInfo, ctx: RuleContext) => FindingTier;
}

/** The callee patterns behind each predicate `callRule` made, so the runner can skip calls they cannot match. */
const CALLEES = new WeakMap<NonNullable<QueryRule['predicate']>, CallRuleSpec['callee']>();

/**
 * The callee pattern when `rule` still has callRule's own predicate and query for `language`: only calls whose
 * name it matches can pass, so the runner looks at those instead of every call in the file (about 60 rules per
 * language share the call query, and each used to build captures and run its predicate on every call).
 */
export function callRuleCallee(rule: QueryRule, language: Language): RegExp | null {
  const pattern = rule.predicate && CALLEES.get(rule.predicate)?.[language];
  // A global or sticky pattern keeps state between tests: pre-testing it would change the predicate's answer.
  if (!pattern || pattern.global || pattern.sticky || rule.query[language] !== callQuery(language)) return null;
  return pattern;
}

export function callRule(spec: CallRuleSpec): QueryRule {
  const { callee, when, tierOf, ...meta } = spec;
  const query: Partial<Record<Language, string>> = {};
  for (const language of meta.languages) query[language] = callQuery(language);
  const predicate: NonNullable<QueryRule['predicate']> = ({ call }, ctx) => {
    if (!call) return false;
    // CallInfo is shared through the context: every call rule runs over the same call nodes.
    const info = ctx.callAt(call);
    const pattern = callee[ctx.language];
    return pattern !== undefined && pattern.test(info.name) && (when?.(info, ctx) ?? true);
  };
  CALLEES.set(predicate, callee);
  return {
    ...meta,
    kind: 'query',
    query,
    predicate,
    ...(tierOf ? { tierOf: ({ call }, ctx) => (call ? tierOf(ctx.callAt(call), ctx) : (meta.tier ?? 'finding')) } : {}),
  };
}
