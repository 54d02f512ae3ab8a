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

export function callRule(spec: CallRuleSpec): QueryRule {
  const { callee, when, tierOf, ...meta } = spec;
  const query: Partial<Record<Language, string>> = {};
  for (const language of meta.languages) query[language] = callQuery(language);
  return {
    ...meta,
    kind: 'query',
    query,
    predicate: ({ call }, ctx) => {
      if (!call) return false;
      // CallInfo is shared through the context: every call rule runs over the same call nodes.
      const info = ctx.callAt(call);
      const pattern = callee[ctx.language];
      return pattern !== undefined && pattern.test(info.name) && (when?.(info, ctx) ?? true);
    },
    ...(tierOf ? { tierOf: ({ call }, ctx) => (call ? tierOf(ctx.callAt(call), ctx) : (meta.tier ?? 'finding')) } : {}),
  };
}
