// CWE-78 OS command injection in Ruby: one command string handed to a shell (`system "ls #{dir}"`, backticks,
// `%x()`, `IO.popen`, `Open3.capture2`) versus a program and its arguments as separate values, which no shell reads.
import type { QueryRule, Rule } from '../../Rule';
import { callRule } from '../../callRule';
import type { CallInfo } from '../../callInfo';
import { rubyBuiltOrTainted, rubyTaint, taintedUnder, unescapedInterpolation } from '../../ruleParts/rubyShape';
import { isTainted } from '../../ruleHelpers';

const meta = {
  cwe: 'CWE-78',
  severity: 'error' as const,
  languages: ['ruby' as const],
};

/** Quoting for a shell word; `Shellwords.join` quotes each element of an array. */
export const RUBY_SHELL_ESCAPE = /^Shellwords\.(escape|shellescape|join|shelljoin)$|\.(shellescape|shelljoin)$/;

/** Kernel and Process commands, `IO.popen` and Open3: given one string, they run it through `/bin/sh`. */
const RUNS_COMMAND =
  /^((Kernel|Process)\.)?(system|exec|spawn)$|^IO\.popen$|^Open3\.(popen2e?|popen3|capture2e?|capture3|pipeline(_r|_w|_rw|_start)?)$/;

/**
 * The command words of the call: an env hash first (`system({"A" => "1"}, cmd)`) and trailing option pairs are not
 * part of the command. One word means a shell command line; several mean a program and its arguments.
 */
function commandWords(call: CallInfo): CallInfo['args'] {
  return call.args.filter((a) => a.type !== 'hash');
}

export const rubyShellCommand = callRule({
  ...meta,
  id: 'ruby-shell-command',
  message:
    'One command string built from non-constant data is run by a shell (system, exec, spawn, IO.popen, Open3), so shell metacharacters in it run extra commands.',
  fix: 'Pass the program and each argument as separate values (`system("tar", "czf", out, dir)`, `Open3.capture2("grep", pattern)`), or quote the value with Shellwords.escape.',
  callee: { ruby: RUNS_COMMAND },
  when: (call, ctx) => {
    const words = commandWords(call);
    const only = words[0];
    // `IO.popen(["ls", dir])` and `system("ls", dir)` hand an argument vector to the program: no shell.
    if (words.length !== 1 || !only || only.type === 'array') return false;
    return rubyBuiltOrTainted(only, RUBY_SHELL_ESCAPE, ctx);
  },
});

export const rubyProgramFromInput = callRule({
  ...meta,
  id: 'ruby-program-from-input',
  message: 'The program a command runs is chosen by input, so a caller can run any program on the machine.',
  fix: 'Choose the program from a fixed table of allowed commands and pass input only as its arguments.',
  callee: { ruby: RUNS_COMMAND },
  when: (call, ctx) => {
    const words = commandWords(call);
    const program = words[0]?.type === 'array' ? words[0].namedChildren[0] : words[0];
    return words.length > 1 || words[0]?.type === 'array' ? !!program && isTainted(program, ctx) : false;
  },
});

export const rubyBacktickCommand: QueryRule = {
  ...meta,
  id: 'ruby-backtick-command',
  message: 'A backtick or %x() command interpolates non-constant data, and a shell runs the result.',
  fix: 'Use Open3.capture2 with the program and arguments as separate values, or quote each part with Shellwords.escape.',
  kind: 'query',
  query: { ruby: '(subshell) @hit' },
  predicate: ({ hit }, ctx) => !!hit && unescapedInterpolation(hit, RUBY_SHELL_ESCAPE, ctx),
};

/** Kernel#open and IO's class methods start a shell when the name begins with "|"; File.read and File.open do not. */
const OPENS_PIPE = /^(Kernel\.)?open$|^IO\.(read|readlines|foreach|binread|write|binwrite)$/;
/** A name that cannot begin with "|": literal text first, or a path built under a base (`File.join(DIR, name)`). */
const FIXED_START = /^"[^#|]|^'[^|]|^(File\.(join|expand_path|absolute_path)|Rails\.root\.join|Pathname)\b/;
const OPEN_TAINT = rubyTaint(null);

export const rubyPipeOpen = callRule({
  ...meta,
  id: 'ruby-pipe-open',
  message:
    'Input is the name given to Kernel#open or IO.read, which run a command through the shell when the name starts with "|".',
  fix: 'Open files with File.open / File.read and URLs with URI.parse(url).open after checking them; never pass input to Kernel#open.',
  callee: { ruby: OPENS_PIPE },
  when: (call, ctx) => {
    const name = call.args[0];
    return !!name && !FIXED_START.test(name.text) && taintedUnder(name, 'ruby-pipe-open', OPEN_TAINT, ctx);
  },
});

export const rubyCommandInjection: readonly Rule[] = [
  rubyShellCommand,
  rubyProgramFromInput,
  rubyBacktickCommand,
  rubyPipeOpen,
];
