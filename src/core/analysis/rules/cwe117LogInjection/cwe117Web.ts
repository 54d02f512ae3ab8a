// CWE-117 log injection (Web rules): the analyser rules for this weakness, in registry order.
import type { Rule, TaintRule } from '../../Rule';
import { quotedLogArgument } from '../../ruleParts/pyLogFormat';
import { injection } from '../../ruleParts/injectionRule';
import { NUMERIC_SANITIZERS, REQUEST_SOURCES } from '../../sources';
import { callRule } from '../../callRule';
import { codeMentions } from '../../codeMentions';
import type { CallInfo } from '../../callInfo';
import { csBuilt } from '../../ruleParts/csharpShape';
import { isConstant } from '../../stringShape';

/**
 * Some argument is logged as text: an object literal (`logger.info('saved', { id, path: req.path })`) is a structured
 * field that pino/winston write as JSON and console.log prints quoted, so a newline in it forges no entry.
 */
const textLogged = (call: CallInfo): boolean => call.args.some((a) => a.type !== 'object' && !isConstant(a));

/** Go error values (`err`, `readErr`): the standard library quotes the input it names in an error (`%q`). */
const GO_ERROR = /^(err|\w+Err|"(?:[^"\\]|\\.)*"|`[^`]*`)$/;

/** The peer address the server itself fills in (`r.RemoteAddr`, "ip:port"): no line break can come through it. */
const GO_PEER_ADDRESS = /\.RemoteAddr$/;

/**
 * Go `log.Printf` arguments that could carry a line break: not an error value or the peer address, and not printed
 * by a verb that quotes or formats a number (`%q` escapes "\n", `%d` prints digits).
 */
function goTextLogged(call: CallInfo): boolean {
  const format = call.name === 'log.Printf' ? call.args[0] : undefined;
  const verbs =
    format?.type === 'interpreted_string_literal'
      ? (format.text.replace(/%%/g, '').match(/%[-+ #0-9.*]*[a-zA-Z]/g) ?? []).map((v) => v.at(-1)!)
      : undefined;
  return call.args.some((a, i) => {
    if (format && i === 0) return false;
    if (GO_ERROR.test(a.text) || GO_PEER_ADDRESS.test(a.text)) return false;
    const verb = verbs?.[i - 1];
    return verb === undefined || !/[qdbcoxXUeEfFgGtp]/.test(verb);
  });
}

/** `CONTROL.sub("?", value)` / `re.sub(r"[\r\n]", "", value)`: Python's regex replace, as `replace` is. */
const LOG_SANITIZERS =
  /(^|\.)(replace|sub|escape|sanitize|quote|json\.dumps|dumps|repr|int|encode|replaceAll|strip_newlines|Quote|str_replace|preg_replace|json_encode|addcslashes|Replace|ReplaceAll)$/;
/** A record looked up by a key from the request is what the database holds, not the key (Django, SQLAlchemy's
 * `Model.query.get(id)`; aiohttp's `request.query.get("q")` is the query string itself). */
const STORED_RECORD =
  /^(get_object_or_404|get_list_or_404)$|\.objects\.(get|first|last|filter)$|(?<!\brequest)\.query\.get$/;

/** `log.info("note %d created", note_id)`: a constant format whose every placeholder is numeric prints digits only. */
function numbersOnly(call: CallInfo): boolean {
  const format = call.args[0];
  if (!format || format.type !== 'string' || /\{/.test(format.text)) return false;
  const placeholders = format.text.replace(/%%/g, '').match(/%[-+ #0-9.*]*[a-zA-Z]/g) ?? [];
  return placeholders.length > 0 && placeholders.every((p) => /[dieEfFgGxXo]$/.test(p));
}

const logInjectionSinks = injection(
  {
    id: 'log-injection',
    cwe: 'CWE-117',
    message: 'Request data is written to a log unchanged; a newline in it forges extra log entries.',
    fix: 'Strip or encode CR/LF (and control characters) before logging user data, or log it as a structured field.',
    languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php'],
  },
  {
    python: [
      {
        callee:
          /^(logging|log|logger|_logger|LOGGER|app\.logger|current_app\.logger|self\.logger)\.(debug|info|warning|warn|error|critical|exception|log)$/,
        // `log.info("login %r", user)`: every value goes through repr, which writes a newline as \n.
        when: (call) =>
          !/^['"](?:[^%'"]|%%|%r)*%r(?:[^%'"]|%%|%r)*['"]$/.test(call.args[0]?.text ?? '') && !numbersOnly(call),
      },
      {
        // Any other name the module binds to a logger (`audit = logging.getLogger("audit")`).
        callee: /^\w+\.(debug|info|warning|warn|error|critical|exception|log)$/,
        when: (call, ctx) =>
          !/^['"](?:[^%'"]|%%|%r)*%r(?:[^%'"]|%%|%r)*['"]$/.test(call.args[0]?.text ?? '') &&
          !numbersOnly(call) &&
          codeMentions(ctx, new RegExp(`^${call.name.split('.')[0]}\\s*=\\s*logging\\.getLogger\\(`, 'm')),
      },
    ],
    javascript: [{ callee: /^(console|logger|log)\.(log|info|warn|error|debug)$/, when: textLogged }],
    typescript: [{ callee: /^(console|logger|log)\.(log|info|warn|error|debug)$/, when: textLogged }],
    java: [{ callee: /^(log|logger|LOG|LOGGER)\.(info|warn|error|debug|trace|fine|severe|warning)$/ }],
    go: [{ callee: /^log\.(Print|Printf|Println)$/, when: goTextLogged }],
    php: [
      { callee: /^error_log$/, args: [0] },
      { callee: /^syslog$/, args: [1] },
      {
        callee: /^(\$(this->)?(log|logger)|Log)(->|::)(debug|info|notice|warning|error|critical|alert|emergency)$/,
        args: [0],
      },
    ],
  },
  new RegExp(`${LOG_SANITIZERS.source}|${NUMERIC_SANITIZERS.source}|${STORED_RECORD.source}`),
  REQUEST_SOURCES,
  // A record's key (`user.id`, `row.pk`, `order.customer_id`) is a number or UUID the database assigned.
  /\.(id|pk|\w+_id|returncode|status_code|rowcount|lastrowid|pid)$/,
);

/** Log injection; a Python logging argument printed by `%r` or a numeric placeholder is clean (`pyLogFormat.ts`). */
export const logInjection: TaintRule = {
  ...logInjectionSinks,
  taint: { ...logInjectionSinks.taint, cleanValue: quotedLogArgument },
};

export const csLogForging = callRule({
  id: 'cs-log-message-built',
  cwe: 'CWE-117',
  severity: 'warning',
  languages: ['csharp'],
  message: 'A log message is built from run-time strings, so a newline in the input forges extra log entries.',
  fix: 'Use a constant message template with {Placeholders} and pass values as arguments, stripping CR/LF from them.',
  callee: { csharp: /(^|\.)(Log(Information|Warning|Error|Debug|Trace|Critical)?|Info|Warn|Error|Debug|Fatal)$/i },
  when: (call) => /log/i.test(call.name) && call.args.some((a) => csBuilt(a)),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe117Web: readonly Rule[] = [logInjection, csLogForging];
