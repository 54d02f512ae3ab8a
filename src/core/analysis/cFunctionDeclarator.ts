// A C/C++ function definition's declarator, through the pointer and reference declarators a return type adds
// (`char *name(...)`, `T &Cls::get(...)`): where its name and parameter list are. Shared by the C rules and facts.
import type { SyntaxNode } from '../languages/SyntaxTree';

/** The `function_declarator` of a C/C++ function definition, or null for other nodes. */
export function functionDeclarator(fn: SyntaxNode | null | undefined): SyntaxNode | null {
  let decl = fn?.childForFieldName('declarator') ?? null;
  while (decl && decl.type !== 'function_declarator') decl = decl.childForFieldName('declarator');
  return decl;
}

/** The function's own name without its class (`Reader::fill` is `fill`), or '' when it has none. */
export function cFunctionName(fn: SyntaxNode | null | undefined): string {
  return functionDeclarator(fn)?.childForFieldName('declarator')?.text.split('::').pop()?.trim() ?? '';
}
