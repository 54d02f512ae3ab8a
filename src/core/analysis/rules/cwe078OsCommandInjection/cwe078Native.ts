// CWE-78 OS command injection (Native rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { isConstant } from '../../stringShape';
import { builtOrTainted } from '../../ruleHelpers';
import { namedChildren } from '../../walk';

const meta = {
  cwe: 'CWE-78',
  severity: 'error' as const,
  message: 'A shell command is built from non-constant data; shell metacharacters in it run extra commands.',
  fix: 'Pass the program and its arguments as a list without a shell, and validate values against an allowlist.',
};

export const cShellCommand = callRule({
  ...meta,
  id: 'c-shell-command',
  languages: ['c', 'cpp'],
  callee: { c: /^(system|popen|_popen|_wsystem)$/, cpp: /^(std::)?(system|popen|_popen)$/ },
  when: (call, ctx) => {
    const arg = call.args[0];
    if (!arg || isConstant(arg)) return false;
    // A std::string command built with + and passed as .c_str().
    const base =
      arg.type === 'call_expression' && /\.c_str$/.test(arg.childForFieldName('function')?.text ?? '')
        ? (arg.childForFieldName('function')?.childForFieldName('argument') ?? arg)
        : arg;
    return builtOrTainted(base, ctx);
  },
});

export const rustShellFormatted = callRule({
  id: 'rust-shell-formatted',
  cwe: 'CWE-78',
  severity: 'error',
  languages: ['rust'],
  message: 'A shell (sh -c) runs a command line built at run time, so input can add shell syntax.',
  fix: 'Run the program directly with Command::new(program).arg(value) for each argument, without a shell.',
  callee: { rust: /^(std::process::)?Command::new\("(sh|bash|cmd)"\).*\.arg$/ },
  when: (call) =>
    /\.arg\("(-c|\/C)"\)/.test(call.name) && call.args[0] !== undefined && call.args[0].type !== 'string_literal',
});

export const rustShellArgs = callRule({
  id: 'rust-shell-args-formatted',
  cwe: 'CWE-78',
  severity: 'error',
  languages: ['rust'],
  message: 'A shell is started with -c and a script that is not a literal, so input can add shell syntax.',
  fix: 'Run the program directly (Command::new(program).args([...])) with each value as its own argument.',
  callee: { rust: /^(std::process::)?Command::new\("(sh|bash|zsh|dash|cmd)"\)\.args$/ },
  when: (call) => {
    const list = call.args[0];
    return !!list && /"(-c|\/C)"/.test(list.text) && namedChildren(list).some((e) => e.type !== 'string_literal');
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe078Native: readonly Rule[] = [cShellCommand, rustShellFormatted, rustShellArgs];
