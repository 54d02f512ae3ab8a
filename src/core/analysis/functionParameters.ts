// The declared parameters of a function in any offered language, read once here so that rules and rule parts agree
// on what a parameter is: Go's `root, name string` declares two, C nests the name in pointer and array declarators,
// Python and TypeScript wrap it in typed or default forms, Rust in a pattern, PHP spells it `$name`.
import type { SyntaxNode } from '../languages/SyntaxTree';
import { ancestor, FUNCTION_TYPES, IDENTIFIER_TYPES, namedChildren, walk } from './walk';

export interface Parameter {
  name: string;
  /** The whole parameter declaration (type, default, annotation included). */
  node: SyntaxNode;
}

/** Receivers that come first in a method's list and are never the caller's data. */
const RECEIVER = /^(self|cls)$/;

/** The parameter list of `fn`, looking through C/C++ pointer and reference declarators to the function's own. */
export function parameterList(fn: SyntaxNode): SyntaxNode | null {
  const direct = fn.childForFieldName('parameters');
  if (direct) return direct;
  let decl = fn.childForFieldName('declarator');
  for (let i = 0; decl && i < 4; i += 1) {
    const params = decl.childForFieldName('parameters');
    if (params) return params;
    decl = decl.childForFieldName('declarator');
  }
  return null;
}

/** The names one parameter declaration introduces (several for Go's `a, b string`; none for `...` or a comment). */
function declaredNames(p: SyntaxNode): SyntaxNode[] {
  if (IDENTIFIER_TYPES.has(p.type)) return [p];
  const named = (p.childrenForFieldName?.('name') ?? []).filter((n): n is SyntaxNode => n !== null);
  if (named.length > 1) return named;
  const holder =
    p.childForFieldName('declarator') ?? named[0] ?? p.childForFieldName('pattern') ?? p.childForFieldName('left') ?? p;
  const id = [...walk(holder)].find((n) => IDENTIFIER_TYPES.has(n.type));
  return id ? [id] : [];
}

/** Every parameter of `fn` in order, the receiver (`self`, `cls`) included. */
export function functionParameters(fn: SyntaxNode): Parameter[] {
  return namedChildren(parameterList(fn)).flatMap((node) =>
    node.type === 'comment' ? [] : declaredNames(node).map((id) => ({ name: id.text, node })),
  );
}

/** The parameters a caller passes: a method's leading `self`/`cls` dropped, so positions match call arguments. */
export function callerParameters(fn: SyntaxNode): Parameter[] {
  const all = functionParameters(fn);
  return all.length > 0 && RECEIVER.test(all[0]!.name) ? all.slice(1) : all;
}

/** The parameter list of the function around `node`. */
export function enclosingParameterList(node: SyntaxNode): SyntaxNode | null {
  const fn = ancestor(node, FUNCTION_TYPES);
  return fn ? parameterList(fn) : null;
}

/** Parameter names of the function around `node`. */
export function enclosingParameterNames(node: SyntaxNode): Set<string> {
  const fn = ancestor(node, FUNCTION_TYPES);
  return new Set(fn ? functionParameters(fn).map((p) => p.name) : []);
}
