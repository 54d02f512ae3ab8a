// CWE-643 in Go: an XPath expression for antchfx xmlquery/htmlquery/xpath assembled at run time (fmt.Sprintf,
// concatenation), so a quote in the value rewrites the predicate. An allowlist or pattern check on the value
// before the query (validationGuard) counts as the fix, since these libraries have no bound XPath variables.
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { isBuiltString } from '../stringShape';
import { checkedBeforeUse } from '../validationGuard';

/** The expression argument: last for the query helpers (node, expr), first for compile and node methods. */
function expressionOf(call: CallInfo): CallInfo['args'][number] | undefined {
  return /^(xmlquery|htmlquery)\.(Find|FindOne|Query|QueryAll)$/.test(call.name) ? call.args[1] : call.args[0];
}

function builtUnchecked(call: CallInfo, ctx: RuleContext): boolean {
  const expr = expressionOf(call);
  return expr !== undefined && isBuiltString(expr, ctx) && !checkedBeforeUse(call.node, [expr], ctx);
}

export const goXPathBuilt = callRule({
  id: 'go-xpath-built',
  cwe: 'CWE-643',
  severity: 'error',
  languages: ['go'],
  message: 'An XPath expression is formatted from run-time values, so a quote in a value changes which nodes match.',
  fix: 'Check the value against a strict pattern or allowlist before the query, or select broadly and compare the value in Go code.',
  callee: {
    go: /^(xmlquery|htmlquery)\.(Find|FindOne|Query|QueryAll)$|^xpath\.(Compile|MustCompile)$|\.(SelectElement|SelectElements)$/,
  },
  when: builtUnchecked,
});
