// CWE-117 in C/C++: data from the network, a file or the environment logged through syslog's `%s` unchanged,
// so an embedded newline starts a forged log record. The generic log-injection rule follows web request data
// only; daemons log what they read from sockets, often handed in as a parameter named for its origin.
import type { TaintSpec } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';
import { ANY_SOURCES } from '../sources';
import { exprTainted, taintOf } from '../taint';
import { formatParts } from '../httpMessageParts';
import { checkedBeforeUse, lineBreakCutBefore } from '../validationGuard';
import { scopeOf } from '../walk';

/** Calls that make a string safe to log, returning it or rewriting it in place (`neutralise(buf)`). */
const NEUTRALISERS =
  /^(\w*neutrali[sz]e\w*|\w*sanitize\w*|\w*escape\w*|strvis|strnvis|stravis|strsnvis|\w*strip_?(ctrl|control|newlines?|crlf)\w*|\w*scrub\w*)$/i;
/** Parameters named for where they came from: `user_from_wire`, `untrusted_name`, `received`, `payload`. */
const NAMED_INPUT = /^(\w+_)?(wire|untrusted|received|payload)(_\w+)?$/;

const SYSLOG_TAINT: TaintSpec = {
  sources: {
    c: new RegExp(`${ANY_SOURCES.c?.source ?? '$^'}|${NAMED_INPUT.source}`),
    cpp: new RegExp(`${ANY_SOURCES.cpp?.source ?? '$^'}|${NAMED_INPUT.source}`),
  },
  sinks: {},
  sanitizers: NEUTRALISERS,
};

/** The value (or the buffer it names) went through a neutralising call earlier in the same function. */
function neutralisedBefore(value: SyntaxNode, sink: SyntaxNode, ctx: RuleContext): boolean {
  const root = /^[&*(\s]*(\w+)/.exec(value.text)?.[1];
  const scope = scopeOf(sink);
  return (
    root !== undefined &&
    ctx
      .callsIn(scope)
      .some(
        (c) =>
          c.node.startIndex < sink.startIndex &&
          NEUTRALISERS.test(c.last) &&
          c.args.some((a) => /^[&*(\s]*(\w+)/.exec(a.text)?.[1] === root),
      )
  );
}

function logsRawInput(call: CallInfo, ctx: RuleContext): boolean {
  const format = call.args[1];
  // A non-literal format is CWE-134, reported by the format-string rule.
  if (!format || !/string_literal|concatenated_string/.test(format.type)) return false;
  const values = formatParts(format, call.args.slice(2)).filter((p): p is SyntaxNode => typeof p !== 'string');
  const state = taintOf(call.node, 'c-syslog-injection', SYSLOG_TAINT, ctx);
  const raw = values.filter(
    (v) =>
      exprTainted(v, SYSLOG_TAINT, ctx, state) &&
      !neutralisedBefore(v, call.node, ctx) &&
      !lineBreakCutBefore(call.node, v, ctx),
  );
  return raw.length > 0 && !checkedBeforeUse(call.node, raw, ctx);
}

export const cSyslogInjection = callRule({
  id: 'c-syslog-injection',
  cwe: 'CWE-117',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message:
    'Data read from outside is logged through syslog `%s` unchanged; a newline in it forges further log records.',
  fix: 'Replace control characters (iscntrl) in the value, or encode it with strvis/stravis, before it is logged.',
  callee: { c: /^syslog$/, cpp: /^syslog$/ },
  when: logsRawInput,
});
