// An integer parameter of a file-local (`static`) C function that every caller in the file has already compared
// before the call (`if (!nr || nr > INODES) return NULL; count_inode(nr);`): the helper relies on its callers'
// check, which is how real C splits validation from work. All the callers are in view, so the check is too.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { FUNCTION_TYPES, ancestor } from '../walk';
import { functionParameters } from '../functionParameters';
import { enclosingFunctionName } from '../enclosingFunctionName';
import { guardedByComparison } from '../pdgGuard';
import { atomsOf } from '../cBoundsFacts';
import { isConstant } from '../stringShape';

/** `name`, a parameter of the static function around `at`, is compared with a bound at every call in the file. */
export function checkedByEveryCaller(name: string, at: SyntaxNode, ctx: RuleContext): boolean {
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn || !/^\s*static\b/.test(fn.text)) return false;
  const position = functionParameters(fn).findIndex((p) => p.name === name);
  const callee = enclosingFunctionName(at);
  if (position < 0 || callee === '') return false;
  const calls = ctx.calls().filter((c) => c.name === callee);
  return (
    calls.length > 0 &&
    calls.every((c) => {
      const arg = c.args[position];
      if (!arg) return false;
      if (isConstant(arg)) return true;
      const names = atomsOf(arg).filter((a) => /^\w+$/.test(a));
      return names.length > 0 && guardedByComparison(c.node, names, ctx, { bound: true });
    })
  );
}
