// Functions of the file that hand one of their parameters, whole, to a shell (`def _run(cmd): subprocess.run(cmd,
// shell=True)`): a call to such a wrapper is a shell call too. Found once per analysis, two levels deep (a wrapper of
// a wrapper), so calls through a project's own `_execute`/`run_command` helpers are judged like direct ones.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { keyword } from '../ruleHelpers';
import { callerParameters } from '../functionParameters';

/** Python calls that run their first argument through a shell (subprocess only with `shell=True`). */
export const PY_SHELL_CALLEE =
  /^(os\.(system|popen[234]?|spawnlp?e?)|subprocess\.(getoutput|getstatusoutput)|commands\.getoutput|subprocess\.(run|call|Popen|check_output|check_call)|asyncio\.create_subprocess_shell|[\w.]*\.exec_command|pexpect\.(spawnu?|runu?|popen_spawn\.PopenSpawn))$/;

/** The call runs a shell on its command string (`subprocess.*` only with `shell=True`). */
export function runsShell(call: CallInfo): boolean {
  if (!PY_SHELL_CALLEE.test(call.name)) return false;
  const isSubprocess = /^subprocess\.(run|call|Popen|check_output|check_call)$/.test(call.name);
  return !isSubprocess || /^True$/.test(keyword(call, 'shell') ?? '');
}

/** Where a wrapper takes its command: the parameter's position (without `self`/`cls`) and name. */
export interface WrapperParameter {
  index: number;
  name: string;
}

/** The wrapper parameter a command argument is, or undefined. */
function commandParameter(command: SyntaxNode, params: readonly string[]): WrapperParameter | undefined {
  const index = params.indexOf(command.text);
  return index < 0 ? undefined : { index, name: params[index]! };
}

/**
 * Every parameter name of the file's functions, read once from the text: a command that is no parameter anywhere
 * cannot make its function a wrapper, and most are not, so the parent walk to the function is skipped for them.
 */
function fileParameterNames(ctx: RuleContext): ReadonlySet<string> {
  const cached = ctx.memo.get('pyFileParameterNames');
  if (cached) return cached as Set<string>;
  const names = new Set<string>();
  for (const m of ctx.code.matchAll(/\bdef\s+\w+\s*\(([^)]*)\)/g))
    for (const part of (m[1] ?? '').split(',')) {
      const name = /^\s*\**\s*(\w+)/.exec(part)?.[1];
      if (name) names.add(name);
    }
  ctx.memo.set('pyFileParameterNames', names);
  return names;
}

function enclosingFunction(node: SyntaxNode): SyntaxNode | null {
  let fn = node.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  return fn;
}

/**
 * Shell wrappers of the file by function name. Built from the file's calls (already indexed), not from a walk of
 * the tree: only the few shell calls, and then the calls of wrappers found, are looked at.
 */
export function pyShellWrappers(ctx: RuleContext): ReadonlyMap<string, WrapperParameter> {
  return pySinkWrappers(ctx, 'pyShellWrappers', (call) =>
    runsShell(call) ? (call.args[0] ?? call.keywords.get('args') ?? call.keywords.get('cmd')) : undefined,
  );
}

/**
 * The same for any sink: `sinkArg` gives the dangerous argument of a sink call (or undefined for other calls), and
 * the functions handing a parameter there whole are the wrappers (`def _query(sql): return conn.execute(sql)`).
 */
export function pySinkWrappers(
  ctx: RuleContext,
  key: string,
  sinkArg: (call: CallInfo) => SyntaxNode | undefined,
): ReadonlyMap<string, WrapperParameter> {
  const cached = ctx.memo.get(key);
  if (cached) return cached as Map<string, WrapperParameter>;
  const wrappers = new Map<string, WrapperParameter>();
  const params = fileParameterNames(ctx);
  const add = (call: CallInfo, command: SyntaxNode | undefined): void => {
    if (command?.type !== 'identifier' || !params.has(command.text)) return;
    const fn = enclosingFunction(call.node);
    const name = fn?.childForFieldName('name')?.text;
    if (!fn || !name || wrappers.has(name)) return;
    const found = commandParameter(
      command,
      callerParameters(fn).map((p) => p.name),
    );
    if (found) wrappers.set(name, found);
  };
  const calls = ctx.calls();
  for (const call of calls) {
    const arg = sinkArg(call);
    if (arg) add(call, arg);
  }
  // A wrapper of a wrapper: one more round over the calls of the wrappers found.
  const first = new Map(wrappers);
  for (const call of calls) {
    const inner = first.get(/(\w+)$/.exec(call.name)?.[1] ?? '');
    if (inner) add(call, call.keywords.get(inner.name) ?? call.args[inner.index]);
  }
  ctx.memo.set(key, wrappers);
  return wrappers;
}

/** The command argument of a call to a shell wrapper of the file (`_run("ping " + host)`), or undefined. */
export function wrapperCommand(
  call: CallInfo,
  ctx: RuleContext,
  wrappers: ReadonlyMap<string, WrapperParameter> = pyShellWrappers(ctx),
): SyntaxNode | undefined {
  const name = /^(?:self\.|cls\.)?(\w+)$/.exec(call.name)?.[1];
  const param = name ? wrappers.get(name) : undefined;
  if (!param) return undefined;
  return call.keywords.get(param.name) ?? call.args[param.index];
}

/**
 * In the parameter run: the shell call hands on its own function's parameter, and that function is a wrapper called
 * in this file. Its callers are judged by what they pass (py-shell-wrapper-call), so the wrapper is no finding itself.
 */
export function judgedAtCallers(call: CallInfo, ctx: RuleContext): boolean {
  if (!ctx.parameterSources || pyShellWrappers(ctx).size === 0) return false;
  const name = enclosingFunction(call.node)?.childForFieldName('name')?.text;
  if (!name || !pyShellWrappers(ctx).has(name)) return false;
  return ctx.calls().some((c) => c !== call && /(\w+)$/.exec(c.name)?.[1] === name);
}
