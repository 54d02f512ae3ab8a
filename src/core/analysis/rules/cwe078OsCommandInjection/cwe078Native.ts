// CWE-78 OS command injection (Native rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { isConstant } from '../../stringShape';
import { builtOrTainted, isTainted } from '../../ruleHelpers';
import { namedChildren, scopeOf } from '../../walk';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { splicedValues, textValue } from '../../ruleParts/nativeSplicedValues';
import { checkedBeforeUse } from '../../validationGuard';
import { C_SHELL_CALLEE, cJudgedAtCallers, cWrapperCommand, shellScript } from '../../ruleParts/cShellWrappers';

/** `v` names a temporary file this function created: `mkstemp(v)`, `mkdtemp(v)`, `v = tmpnam(..)`. */
function programMadeName(v: SyntaxNode, sink: SyntaxNode, ctx: RuleContext): boolean {
  if (v.type !== 'identifier') return false;
  const made = /^(mkstemp|mkstemps|mkostemp|mkdtemp|tmpnam|tmpnam_r|tempnam)$/;
  const scope = scopeOf(sink);
  return (
    ctx.callsIn(scope).some((c) => made.test(c.name) && c.args[0]?.text === v.text) ||
    ctx.assignmentsTo(scope, v.text).some((a) => /^\s*(tmpnam|tempnam)\s*\(/.test(a.value.text))
  );
}

const meta = {
  cwe: 'CWE-78',
  severity: 'error' as const,
  message: 'A shell command is built from non-constant data; shell metacharacters in it run extra commands.',
  fix: 'Pass the program and its arguments as a list without a shell, and validate values against an allowlist.',
};

/** A command line built here from a value that can carry outside text, with no allowlist check before `at`. */
function riskyCommand(arg: SyntaxNode | undefined, at: SyntaxNode, ctx: RuleContext): boolean {
  if (!arg || isConstant(arg)) return false;
  // A std::string command built with + and passed as .c_str(); an ostringstream passed as .str().c_str().
  const base =
    arg.type === 'call_expression' && /\.c_str$/.test(arg.childForFieldName('function')?.text ?? '')
      ? (arg.childForFieldName('function')?.childForFieldName('argument') ?? arg)
      : arg;
  // Built here: some spliced value must be able to carry outside text. Constants, numbers, escaped values and
  // names the program made itself (mkstemp's template, tmpnam's result) cannot.
  const risky = splicedValues(arg, at, ctx).filter((v) => !programMadeName(v, at, ctx));
  if (!builtOrTainted(base, ctx) && risky.length === 0) return false;
  // An allowlist or character check on the value (or on what built it) that exits first is the fix.
  if (checkedBeforeUse(at, [textValue(arg), ...risky], ctx)) return false;
  return isTainted(base, ctx) || risky.length > 0;
}

export const cShellCommand = callRule({
  ...meta,
  id: 'c-shell-command',
  languages: ['c', 'cpp'],
  callee: C_SHELL_CALLEE,
  when: (call, ctx) => riskyCommand(shellScript(call), call.node, ctx) && !cJudgedAtCallers(call, ctx),
});

export const cShellWrapperCall = callRule({
  ...meta,
  id: 'c-shell-wrapper-call',
  message:
    'A built command line is passed to a function of this file that runs it through a shell; shell metacharacters in it run extra commands.',
  languages: ['c', 'cpp'],
  callee: { c: /^\w+$/, cpp: /^(::)?\w+$/ },
  when: (call, ctx) => riskyCommand(cWrapperCommand(call, ctx), call.node, ctx),
});

export const rustShellFormatted = callRule({
  id: 'rust-shell-formatted',
  cwe: 'CWE-78',
  severity: 'error',
  languages: ['rust'],
  message: 'A shell (sh -c) runs a command line built at run time, so input can add shell syntax.',
  fix: 'Run the program directly with Command::new(program).arg(value) for each argument, without a shell.',
  callee: { rust: /^(std::process::)?Command::new\("(\/(usr\/)?bin\/)?(sh|bash|cmd)(\.exe)?"\).*\.arg$/ },
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
  callee: { rust: /^(std::process::)?Command::new\("(\/(usr\/)?bin\/)?(sh|bash|zsh|dash|cmd)(\.exe)?"\)\.args$/ },
  when: (call) => {
    // `args(["-c", &line])` or `args(&["-c", &line])`.
    const given = call.args[0];
    const list = given?.type === 'reference_expression' ? (given.childForFieldName('value') ?? given) : given;
    return !!list && /"(-c|\/C)"/.test(list.text) && namedChildren(list).some((e) => e.type !== 'string_literal');
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe078Native: readonly Rule[] = [cShellCommand, cShellWrapperCall, rustShellFormatted, rustShellArgs];
