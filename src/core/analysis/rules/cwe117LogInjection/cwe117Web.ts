// CWE-117 log injection (Web rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import { injection } from '../../ruleParts/injectionRule';
import { callRule } from '../../callRule';
import { csBuilt } from '../../ruleParts/csharpShape';
import type { CallInfo } from '../../callInfo';
import { isConstant } from '../../stringShape';

/**
 * Some argument is logged as text: an object literal (`logger.info('saved', { id, path: req.path })`) is a structured
 * field that pino/winston write as JSON and console.log prints quoted, so a newline in it forges no entry.
 */
const textLogged = (call: CallInfo): boolean => call.args.some((a) => a.type !== 'object' && !isConstant(a));

/** Go error values (`err`, `readErr`): the standard library quotes the input it names in an error (`%q`). */
const GO_ERROR = /^(err|\w+Err|"(?:[^"\\]|\\.)*"|`[^`]*`)$/;

export const logInjection = injection(
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
        when: (call) => !/^['"](?:[^%'"]|%%|%r)*%r(?:[^%'"]|%%|%r)*['"]$/.test(call.args[0]?.text ?? ''),
      },
    ],
    javascript: [{ callee: /^(console|logger|log)\.(log|info|warn|error|debug)$/, when: textLogged }],
    typescript: [{ callee: /^(console|logger|log)\.(log|info|warn|error|debug)$/, when: textLogged }],
    java: [{ callee: /^(log|logger|LOG|LOGGER)\.(info|warn|error|debug|trace|fine|severe|warning)$/ }],
    go: [{ callee: /^log\.(Print|Printf|Println)$/, when: (call) => call.args.some((a) => !GO_ERROR.test(a.text)) }],
    php: [
      { callee: /^error_log$/, args: [0] },
      { callee: /^syslog$/, args: [1] },
      {
        callee: /^(\$(this->)?(log|logger)|Log)(->|::)(debug|info|notice|warning|error|critical|alert|emergency)$/,
        args: [0],
      },
    ],
  },
  /(^|\.)(replace|escape|sanitize|quote|json\.dumps|dumps|repr|int|encode|replaceAll|strip_newlines|Quote|str_replace|preg_replace|json_encode|addcslashes|Replace|ReplaceAll)$/,
);

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
