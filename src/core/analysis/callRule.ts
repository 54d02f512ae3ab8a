// Builds the common kind of query rule: "a call to X (under condition Y)", over every language it covers.
import type { Language } from '../task/Task';
import type { QueryRule, RuleMeta } from './Rule';
import type { RuleContext } from './RuleContext';
import { callQuery, type CallInfo } from './callInfo';

export interface CallRuleSpec extends RuleMeta {
  /** Callee names per language, matched against CallInfo.name. */
  callee: Partial<Record<Language, RegExp>>;
  when?: (call: CallInfo, ctx: RuleContext) => boolean;
}

export function callRule(spec: CallRuleSpec): QueryRule {
  const { callee, when, ...meta } = spec;
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
  };
}
