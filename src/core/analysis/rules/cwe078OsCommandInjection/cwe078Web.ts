// CWE-78 OS command injection (Web rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule, TaintRule } from '../../Rule';
import { promisifiedExec } from '../../ruleParts/promisifiedExec';
import { exprTainted, taintOf } from '../../taint';
import { callRule } from '../../callRule';
import { isRequestTainted, builtOrTainted } from '../../ruleHelpers';
import { ANY_SOURCES } from '../../sources';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { namedChildren, scopeOf } from '../../walk';
import type { CallInfo } from '../../callInfo';
import type { RuleContext } from '../../RuleContext';
import { importsNoProcessModule } from '../../ruleParts/jsModuleImports';
import { judgedAtCallers, PY_SHELL_CALLEE, runsShell, wrapperCommand } from '../../ruleParts/pyShellWrappers';

const meta = {
  cwe: 'CWE-78',
  severity: 'error' as const,
  message: 'A shell command is built from non-constant data; shell metacharacters in it run extra commands.',
  fix: 'Pass the program and its arguments as a list without a shell, and validate values against an allowlist.',
};

export const pyShellCommand = callRule({
  ...meta,
  id: 'py-shell-command',
  languages: ['python'],
  // asyncio's *_shell and paramiko's exec_command hand the string to a shell too (the remote one for SSH);
  // pexpect splits its command string into program and arguments itself, so a built string chooses both.
  callee: { python: PY_SHELL_CALLEE },
  when: (call, ctx) =>
    runsShell(call) && builtOrTainted(call.args[0] ?? call.keywords.get('args'), ctx) && !judgedAtCallers(call, ctx),
});

export const pyShellWrapperCall = callRule({
  ...meta,
  id: 'py-shell-wrapper-call',
  message:
    'A built command string is passed to a function of this file that runs it through a shell; shell metacharacters in it run extra commands.',
  languages: ['python'],
  callee: { python: /^((self|cls)\.)?\w+$/ },
  when: (call, ctx) => builtOrTainted(wrapperCommand(call, ctx), ctx) && !judgedAtCallers(call, ctx),
});

/** A shell program (`sh`, `/bin/bash`, `cmd.exe`) followed by its run-this-string flag (`-c`, `/c`). */
const SHELL_FLAG = /^['"](\/(usr\/)?bin\/)?(ba|z|da|k)?sh['"]$|^['"]cmd(\.exe)?['"]$/i;
const DASH_C = /^['"](-c|\/c)['"]$/i;

/** The string after a shell's `-c` in an argument vector (a list literal or the call's own arguments). */
function shellCommandString(parts: readonly SyntaxNode[]): SyntaxNode | undefined {
  const at = parts.findIndex((p, i) => SHELL_FLAG.test(p.text) && DASH_C.test(parts[i + 1]?.text ?? ''));
  return at < 0 ? undefined : parts[at + 2];
}

export const pyShellInArgv = callRule({
  ...meta,
  id: 'py-shell-in-argv',
  languages: ['python'],
  message:
    'A shell is started with -c and a command string built from non-constant data; an argument list does not help when its program is a shell.',
  callee: {
    python:
      /^(subprocess\.(run|call|Popen|check_output|check_call)|asyncio\.create_subprocess_exec|os\.(exec|spawn)[lv]p?e?|pty\.spawn)$/,
  },
  when: (call, ctx) => {
    const first = call.args[0] ?? call.keywords.get('args');
    const parts = first?.type === 'list' || first?.type === 'tuple' ? namedChildren(first) : call.args;
    return builtOrTainted(shellCommandString(parts), ctx);
  },
});

export const jsShellCommand = callRule({
  ...meta,
  id: 'js-shell-command',
  languages: ['javascript', 'typescript'],
  // A bare name may be exec's promise form (`const run = promisify(exec)`).
  callee: {
    javascript: /(^|\.)(exec|execSync)$|^\w+$/,
    typescript: /(^|\.)(exec|execSync)$|^\w+$/,
  },
  when: (call, ctx) =>
    (/(^|\.)(exec|execSync)$/.test(call.name) || promisifiedExec(ctx).has(call.name)) &&
    !/^(RegExp|regex|re|pattern|db|conn|connection|pool|client|cursor|stmt)\b|\/.*\/\./i.test(call.name) &&
    !regexReceiver(call, ctx) &&
    !importsNoProcessModule(ctx) &&
    builtOrTainted(call.args[0], ctx),
});

/**
 * `/<title>(.*)<\/title>/i.exec(html)`, `new RegExp(p).exec(s)`, `titlePattern.exec(s)`, `consts.RE_URL.exec(s)`: RegExp.prototype.exec, not
 * child_process; and `this.exec(args)` / `super.exec(args)`, a class's own method (command objects often have one).
 */
function regexReceiver(call: CallInfo, ctx: RuleContext): boolean {
  const receiver = call.node.childForFieldName('function')?.childForFieldName('object');
  if (!receiver) return false;
  if (receiver.type === 'this' || receiver.type === 'super') return true;
  if (receiver.type === 'regex' || /^new RegExp\b/.test(receiver.text)) return true;
  if (/(Pattern|Regex|RegExp|Re|Matcher)$|(^|\.)RE_[A-Z0-9_]+$/.test(receiver.text)) return true;
  if (receiver.type !== 'identifier') return false;
  let root = call.node;
  while (root.parent) root = root.parent;
  const values = [scopeOf(call.node), root].flatMap((s) => ctx.assignmentsTo(s, receiver.text));
  return values.length > 0 && values.every((a) => a.value.type === 'regex' || /^new RegExp\b/.test(a.value.text));
}

export const jsSpawnShell = callRule({
  ...meta,
  id: 'js-spawn-shell',
  languages: ['javascript', 'typescript'],
  callee: {
    javascript: /(^|\.)(spawn|spawnSync|execFile|execFileSync)$/,
    typescript: /(^|\.)(spawn|spawnSync|execFile|execFileSync)$/,
  },
  when: (call, ctx) => {
    const args = call.args.map((a) => a.text).join(' ');
    const viaShell =
      /shell\s*:\s*true/.test(args) || /^['"`](\/bin\/)?(sh|bash|cmd(\.exe)?)['"`]$/.test(call.args[0]?.text ?? '');
    return viaShell && call.args.slice(0, 2).some((a) => builtOrTainted(a, ctx) || /\$\{|\+/.test(a.text));
  },
});

export const javaShellCommand = callRule({
  ...meta,
  id: 'java-shell-command',
  languages: ['java'],
  callee: { java: /(getRuntime\(\)|runtime|rt)\.exec$|^new ProcessBuilder$|\.command$/i },
  when: (call, ctx) => {
    const args = javaCommandParts(call, ctx);
    const texts = args.map((a) => a.text).join(',');
    const shell = /"(\/bin\/)?(sh|bash)"\s*,\s*"-c"|"cmd(\.exe)?"\s*,\s*"\/c"/i.test(texts);
    if (/exec$/.test(call.name)) return shell || builtOrTainted(call.args[0], ctx);
    return shell && args.some((a) => builtOrTainted(a, ctx));
  },
});

const JAVA_LIST = /^(List\.of|Arrays\.asList|Stream\.of)$/;

/**
 * The parts of a Java command: the call's arguments, or, when it is handed one local list (`new ProcessBuilder(cmd)`),
 * the elements that list was last built from (`List.of("bash", "-c", line)`, `new String[] {..}`).
 */
function javaCommandParts(call: CallInfo, ctx: RuleContext): SyntaxNode[] {
  const only = call.args.length === 1 ? call.args[0] : undefined;
  if (only?.type !== 'identifier') return call.args;
  const last = ctx
    .assignmentsTo(scopeOf(call.node), only.text)
    .filter((a) => a.node.endIndex <= call.node.startIndex)
    .pop();
  const value = last?.value;
  if (value?.type === 'method_invocation' && JAVA_LIST.test(ctx.callAt(value).name)) return ctx.callAt(value).args;
  if (value?.type === 'array_creation_expression') {
    const init = namedChildren(value).find((c) => c.type === 'array_initializer');
    if (init) return namedChildren(init);
  }
  return call.args;
}

export const goShellCommand = callRule({
  ...meta,
  id: 'go-shell-command',
  languages: ['go'],
  callee: { go: /^exec\.Command(Context)?$/ },
  when: (call, ctx) => {
    const args = call.name.endsWith('Context') ? call.args.slice(1) : call.args;
    const shell =
      /^"(\/bin\/)?(sh|bash|zsh|cmd)"$/.test(args[0]?.text ?? '') && /^"[-/][cC]"$/.test(args[1]?.text ?? '');
    // A program chosen by the request runs whatever the client names (`exec.Command(r.FormValue("tool"))`).
    return (
      (shell && args.slice(2).some((a) => builtOrTainted(a, ctx))) ||
      (args[0] !== undefined && isRequestTainted(args[0], ctx))
    );
  },
});

export const phpShellCommand: TaintRule = {
  ...meta,
  id: 'php-shell-command',
  kind: 'taint',
  languages: ['php'],
  taint: {
    sources: ANY_SOURCES,
    sinks: {
      php: [
        {
          callee: /^(shell_exec|system|exec|passthru|popen|proc_open|pcntl_exec)$/,
          args: [0],
          when: (c) => c.args[0]?.type !== 'array_creation_expression',
        },
      ],
    },
    sanitizers: /^(escapeshellarg|intval|floatval|basename)$/,
  },
};

export const phpBacktickCommand: QueryRule = {
  ...meta,
  id: 'php-backtick-command',
  kind: 'query',
  languages: ['php'],
  // `ls $dir` runs through the shell like shell_exec; the spliced variables are its arguments.
  query: { php: '(shell_command_expression) @hit' },
  predicate: ({ hit }, ctx) =>
    !!hit &&
    hit.namedChildren.some(
      (part) =>
        part !== null &&
        part.type !== 'string_content' &&
        exprTainted(part, phpShellCommand.taint, ctx, taintOf(hit, phpShellCommand.id, phpShellCommand.taint, ctx)),
    ),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe078Web: readonly Rule[] = [
  pyShellCommand,
  pyShellWrapperCall,
  pyShellInArgv,
  jsShellCommand,
  jsSpawnShell,
  javaShellCommand,
  goShellCommand,
  phpShellCommand,
  phpBacktickCommand,
];
