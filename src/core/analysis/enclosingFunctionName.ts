// The name of the function around a node, in every language: its own name, the variable an arrow function is bound
// to, or a C declarator's name. Shared by rules that judge code by what its function is called.
import type { SyntaxNode } from '../languages/SyntaxTree';
import { ancestor, FUNCTION_TYPES } from './walk';

/** The enclosing function's name (`def encrypt`, `function xorCipher`, `const seal = () =>`, C declarators). */
export function enclosingFunctionName(node: SyntaxNode): string {
  const fn = ancestor(node, FUNCTION_TYPES);
  if (!fn) return '';
  const named = fn.childForFieldName('name')?.text;
  if (named) return named;
  const declarator = fn.childForFieldName('declarator')?.text;
  if (declarator) return /([A-Za-z_]\w*)\s*\(/.exec(declarator)?.[1] ?? '';
  return fn.parent?.childForFieldName('name')?.text ?? '';
}
