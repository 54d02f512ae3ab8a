// CWE-79 cross-site scripting (C and C++ rules): CGI-style programs and helpers that write HTML with printf,
// snprintf, `+` or `<<`, splicing in a value from a caller or from input without escaping it.
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import type { CallInfo } from '../../callInfo';
import { callRule } from '../../callRule';
import { atomsOf, fromCallerOrInput } from '../../cBoundsFacts';
import { isTainted } from '../../ruleHelpers';
import { checkedBeforeUse } from '../../validationGuard';
import { chainOperands, formattedValues, valuesBehind } from '../../ruleParts/nativeSplicedValues';

const meta = {
  cwe: 'CWE-79',
  severity: 'error' as const,
  message:
    "HTML is written with a value from the caller or from input spliced in unescaped; `<script>` in the value runs in the reader's browser.",
  fix: 'HTML-escape the value (& < > " \' to entities) with one helper before it is written, or check it against a strict pattern.',
};

/** Literal text that is HTML: an opening or closing tag of a common element. */
const HTML_TAG =
  /<\/?(html|body|head|title|div|span|p|a|h[1-6]|ul|ol|li|table|tr|td|th|form|input|img|script|b|i|em|strong|pre|code|br|hr|label|button|textarea|select|option|meta|link|style|section|article|header|footer|nav|main|iframe)\b[^<]*>?/i;

/** Values a caller or the input controls, not checked against a pattern or allowlist before the sink. */
function outsideUnchecked(values: readonly SyntaxNode[], sink: SyntaxNode, ctx: RuleContext): boolean {
  const outside = values.filter((v) => isTainted(v, ctx) || fromCallerOrInput(atomsOf(v), sink, ctx));
  return outside.length > 0 && !checkedBeforeUse(sink, outside, ctx);
}

/** The format argument's position: printf first, fprintf/sprintf second, snprintf third. */
function formatAt(call: CallInfo): number {
  if (/^(std::)?printf$/.test(call.name)) return 0;
  return /snprintf$/.test(call.name) ? 2 : 1;
}

export const cHtmlFormatUnescaped = callRule({
  ...meta,
  id: 'c-html-format-unescaped',
  languages: ['c', 'cpp'],
  callee: {
    c: /^(printf|fprintf|dprintf|sprintf|snprintf|asprintf)$/,
    cpp: /^(std::)?(printf|fprintf|dprintf|sprintf|snprintf|asprintf)$/,
  },
  when: (call, ctx) => {
    // stderr is the server's log, not the page.
    if (/fprintf$/.test(call.name) && call.args[0]?.text === 'stderr') return false;
    const at = formatAt(call);
    const format = call.args[at];
    if (!format || !/string_literal|concatenated_string/.test(format.type) || !HTML_TAG.test(format.text)) return false;
    return outsideUnchecked(formattedValues(format, call.args.slice(at + 1), call.node, ctx), call.node, ctx);
  },
});

export const cppHtmlConcatUnescaped: QueryRule = {
  ...meta,
  id: 'cpp-html-concat-unescaped',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(binary_expression) @hit' },
  predicate: ({ hit }, ctx) => {
    if (!hit || hit.parent?.type === 'binary_expression') return false;
    const operands = chainOperands(hit);
    if (!operands.some((o) => /string_literal/.test(o.type) && HTML_TAG.test(o.text))) return false;
    // `std::cerr << ...` is a log; the head of a `<<` chain is the stream itself.
    const head = hit.childForFieldName('operator')?.text === '<<' ? operands.shift() : undefined;
    if (head && /(^|::)(cerr|clog)$/.test(head.text)) return false;
    const values = valuesBehind(
      operands.filter((o) => !/string_literal/.test(o.type)),
      hit,
      ctx,
    );
    return outsideUnchecked(values, hit, ctx);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe079Native: readonly Rule[] = [cHtmlFormatUnescaped, cppHtmlConcatUnescaped];
