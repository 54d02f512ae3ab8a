// CWE-77 command injection: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { scopeOf } from '../walk';
import { isTainted } from '../ruleHelpers';
import { callRule } from '../callRule';

/** A character filter or allowlist on the value (strpbrk/strcspn/strspn, isalnum loops) makes the write safe. */
const FILTERED = (name: string): RegExp =>
  new RegExp(`\\b(strpbrk|strcspn|strspn|strchr)\\s*\\(\\s*${name}\\b|\\bis(alnum|alpha|digit|print)\\s*\\(`);

/** [stream argument, data arguments] for the stdio writers. */
function split(call: CallInfo): [string | undefined, CallInfo['args']] {
  if (/fprintf$/.test(call.name)) return [call.args[0]?.text, call.args.slice(2)];
  if (/fputs$/.test(call.name)) return [call.args[1]?.text, call.args.slice(0, 1)];
  return [call.args[3]?.text, call.args.slice(0, 1)];
}

function writesInputToCommandPipe(call: CallInfo, ctx: RuleContext): boolean {
  const [stream, data] = split(call);
  if (!stream || !/^\w+$/.test(stream)) return false;
  const scope = scopeOf(call.node).text;
  if (!new RegExp(`\\b${stream}\\s*=\\s*popen\\s*\\([^,]*,\\s*"[wr]?w`).test(scope)) return false;
  return data.some((arg) => /^\w+$/.test(arg.text) && isTainted(arg, ctx) && !FILTERED(arg.text).test(scope));
}

export const cCommandStream = callRule({
  id: 'c-command-stream-injection',
  cwe: 'CWE-77',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'Input is written unfiltered into a pipe to another program (popen "w"); a quote or newline in it starts a new command there.',
  fix: 'Reject quotes, backslashes and line breaks (strpbrk) or allowlist the characters before writing the value into the command stream.',
  callee: { c: /^(fprintf|fputs|fwrite)$/, cpp: /^(std::)?(fprintf|fputs|fwrite)$/ },
  when: writesInputToCommandPipe,
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe077CommandInjection: readonly Rule[] = [cCommandStream];
