// Function-like macros of the file that assign a variable of the code that calls them (`#define CALLBACK(p, f)
// do { err = ...; } while (0)`): a call of such a macro writes that variable where it is called.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { walk } from '../walk';
import { escapeRegExp } from './textPatterns';

/** `#define NAME(params) body` of the file, by name, with the body's text; read once per analysis. */
function functionMacros(root: SyntaxNode, ctx: RuleContext): Map<string, { params: Set<string>; body: string }> {
  const key = 'macro-writes:function-macros';
  let found = ctx.memo.get(key) as Map<string, { params: Set<string>; body: string }> | undefined;
  if (found) return found;
  found = new Map();
  for (const n of walk(root)) {
    if (n.type !== 'preproc_function_def') continue;
    const name = n.childForFieldName('name')?.text;
    const params = n.childForFieldName('parameters')?.namedChildren.map((p) => p?.text ?? '') ?? [];
    if (name) found.set(name, { params: new Set(params), body: n.childForFieldName('value')?.text ?? '' });
  }
  ctx.memo.set(key, found);
  return found;
}

/** `call` invokes a macro of this file whose body assigns `name` itself (not a parameter of the macro). */
export function macroCallWrites(call: SyntaxNode, name: string, ctx: RuleContext): boolean {
  if (call.type !== 'call_expression') return false;
  let root = call;
  while (root.parent) root = root.parent;
  const macro = functionMacros(root, ctx).get(call.childForFieldName('function')?.text ?? '');
  if (!macro || macro.params.has(name)) return false;
  return new RegExp(`(^|[^\\w.>])${escapeRegExp(name)}\\s*=[^=]`).test(macro.body);
}
