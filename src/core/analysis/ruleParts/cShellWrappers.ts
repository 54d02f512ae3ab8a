// C and C++ functions of the file that hand one of their parameters, whole, to a shell (`char *run(const char
// *command) { FILE *p = popen(command, "r"); ... }`). Such a wrapper does what it says; whether a command is
// injectable is decided where it is built, at the wrapper's callers. Found once per analysis.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { functionParameters } from '../functionParameters';
import { ancestor, FUNCTION_TYPES } from '../walk';
import { textValue } from './nativeSplicedValues';
import { cFunctionName } from '../cFunctionDeclarator';

/** C/C++ calls that run a command line through a shell. */
export const C_SHELL_CALLEE = {
  c: /^(system|popen|_popen|_wsystem|execlp?|execle)$/,
  cpp: /^(std::)?(system|popen|_popen)$|^(execlp?|execle)$/,
};

/** The command line a call hands to a shell: system/popen's first argument, or the script after `sh -c` in execl. */
export function shellScript(call: CallInfo): SyntaxNode | undefined {
  if (!/exec/.test(call.name)) return call.args[0];
  const flag = call.args.findIndex((a) => a.text === '"-c"');
  const shell = call.args[0]?.text ?? '';
  return flag > 0 && /^"(\/(usr\/)?bin\/)?(ba|da|z)?sh"$/.test(shell) ? call.args[flag + 1] : undefined;
}

/** A C function definition's own name (through pointer declarators: `char *run(...)`). */
function definedName(fn: SyntaxNode): string | undefined {
  return cFunctionName(fn) || undefined;
}

/** Wrapper name -> position of the parameter it runs. */
export function cShellWrappers(ctx: RuleContext): ReadonlyMap<string, number> {
  const cached = ctx.memo.get('cShellWrappers');
  if (cached) return cached as Map<string, number>;
  const wrappers = new Map<string, number>();
  const callee = ctx.language === 'cpp' ? C_SHELL_CALLEE.cpp : C_SHELL_CALLEE.c;
  for (const call of ctx.calls()) {
    if (!callee.test(call.name)) continue;
    const script = shellScript(call);
    const fn = ancestor(call.node, FUNCTION_TYPES);
    const name = fn ? definedName(fn) : undefined;
    if (!script || !fn || !name) continue;
    const value = textValue(script);
    const index = functionParameters(fn).findIndex((p) => p.name === value.text);
    if (value.type === 'identifier' && index >= 0) wrappers.set(name, index);
  }
  ctx.memo.set('cShellWrappers', wrappers);
  return wrappers;
}

/** The command a call to a wrapper passes, or undefined for other calls. */
export function cWrapperCommand(call: CallInfo, ctx: RuleContext): SyntaxNode | undefined {
  const index = cShellWrappers(ctx).get(call.name.replace(/^::/, ''));
  return index === undefined ? undefined : call.args[index];
}

/**
 * The shell call sits in a wrapper that the file itself calls: its parameter is judged at those calls (the
 * wrapper-call rule), not taken as outside input here. Only in the parameter run (ordinary taint is unaffected).
 */
export function cJudgedAtCallers(call: CallInfo, ctx: RuleContext): boolean {
  if (!ctx.parameterSources) return false;
  const fn = ancestor(call.node, FUNCTION_TYPES);
  const name = fn ? definedName(fn) : undefined;
  if (!name || !cShellWrappers(ctx).has(name)) return false;
  return ctx.calls().some((c) => c.node !== call.node && c.name.replace(/^::/, '') === name);
}
