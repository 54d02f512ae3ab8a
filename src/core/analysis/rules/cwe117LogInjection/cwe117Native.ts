// CWE-117 log injection (Native rules: C and C++): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule, TaintSpec } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { ANY_SOURCES } from '../../sources';
import { isCallNode, type CallInfo } from '../../callInfo';
import { formatParts } from '../../httpMessageParts';
import { exprTainted, taintOf } from '../../taint';
import { calledOnBufferBefore, checkedBeforeUse, lineBreakCutBefore } from '../../validationGuard';
import { callRule } from '../../callRule';
import { streamOperands } from '../../ruleParts/nativeSplicedValues';

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
  return calledOnBufferBefore(sink, value, ctx, (c, isBuffer) => NEUTRALISERS.test(c.last) && c.args.some(isBuffer));
}

/** The values read from outside that reach the log unneutralised and unchecked. */
function rawLogged(values: readonly SyntaxNode[], sink: SyntaxNode, ctx: RuleContext): boolean {
  const state = taintOf(sink, 'c-syslog-injection', SYSLOG_TAINT, ctx);
  const raw = values.filter(
    (v) =>
      !(isCallNode(v) && NEUTRALISERS.test(ctx.callAt(v).last)) &&
      exprTainted(v, SYSLOG_TAINT, ctx, state) &&
      !neutralisedBefore(v, sink, ctx) &&
      !lineBreakCutBefore(sink, v, ctx),
  );
  return raw.length > 0 && !checkedBeforeUse(sink, raw, ctx);
}

function logsRawInput(call: CallInfo, ctx: RuleContext): boolean {
  const format = call.args[1];
  // A non-literal format is CWE-134, reported by the format-string rule.
  if (!format || !/string_literal|concatenated_string/.test(format.type)) return false;
  const values = formatParts(format, call.args.slice(2)).filter((p): p is SyntaxNode => typeof p !== 'string');
  return rawLogged(values, call.node, ctx);
}

/** A stream or logger named as a log: `logfile`, `g_log`, `audit_log_fp`, `std::clog`. */
const LOG_STREAM = /(^|[^a-z])log|Log|LOG|audit/;

/** Application log functions: `log_info(...)`, `write_log(...)`, `logger_write(...)`, `LOG_WARN(...)`. */
const LOG_FUNCTION = /^(log|logger|logmsg|log_\w+|\w+_log|logger_\w+|LOG_?\w*|Log\w*|\w+Log)$/;

/** Values written by fprintf to a log stream, or by a logging function with a literal printf-style format. */
function loggedValues(call: CallInfo): SyntaxNode[] {
  if (/^(fprintf|vfprintf)$/.test(call.name)) {
    const format = call.args[1];
    if (!LOG_STREAM.test(call.args[0]?.text ?? '') || !format || !/string_literal/.test(format.type)) return [];
    return formatParts(format, call.args.slice(2)).filter((p): p is SyntaxNode => typeof p !== 'string');
  }
  const at = call.args.findIndex((a) => /string_literal|concatenated_string/.test(a.type));
  if (at < 0) return [];
  const format = call.args[at]!;
  // A literal message with no conversions: the values after it are logged as they are (`log_info("login", user)`).
  return /%/.test(format.text)
    ? formatParts(format, call.args.slice(at + 1)).filter((p): p is SyntaxNode => typeof p !== 'string')
    : [];
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

export const cLogWriteInjection = callRule({
  id: 'c-log-write-injection',
  cwe: 'CWE-117',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message:
    'A value read from outside (input, environment, argv, the network) is written into a log line unchanged; a CR/LF in it forges further log entries.',
  fix: 'Replace CR, LF and other control characters in the value (or encode them, e.g. as \\n) before it is logged.',
  callee: {
    c: new RegExp(`^(fprintf|vfprintf)$|${LOG_FUNCTION.source}`),
    cpp: new RegExp(`^(fprintf|vfprintf)$|${LOG_FUNCTION.source}`),
  },
  when: (call, ctx) => {
    const values = loggedValues(call);
    return values.length > 0 && rawLogged(values, call.node, ctx);
  },
});

/**
 * A project's own logging function (`log_info`, `DBG_log`) is a note, not a finding: its body is usually elsewhere,
 * and many such wrappers (journald, syslog-style sinks) encode control characters themselves.
 */
cLogWriteInjection.tierOf = ({ call }, ctx) =>
  call && /^(fprintf|vfprintf)$/.test(ctx.callAt(call).name) ? 'finding' : 'note';

export const cppLogStreamInjection: QueryRule = {
  id: 'cpp-log-stream-injection',
  cwe: 'CWE-117',
  severity: 'warning',
  languages: ['cpp'],
  message:
    'A value read from outside (input, environment, argv, the network) is streamed into a log unchanged; a CR/LF in it forges further log entries.',
  fix: 'Replace CR, LF and other control characters in the value before streaming it into the log.',
  kind: 'query',
  query: { cpp: '(binary_expression) @hit' },
  predicate: ({ hit }, ctx) => {
    const [head, ...rest] = streamOperands(hit);
    if (!hit || !head || !LOG_STREAM.test(head.text) || /(^|::)(cout|cerr)$/.test(head.text)) return false;
    const values = rest.filter(
      (o) => !/string_literal|number_literal|char_literal/.test(o.type) && !/^(std::)?endl$/.test(o.text),
    );
    return values.length > 0 && rawLogged(values, hit, ctx);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe117Native: readonly Rule[] = [cSyslogInjection, cLogWriteInjection, cppLogStreamInjection];
