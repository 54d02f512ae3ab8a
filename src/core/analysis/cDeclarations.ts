// Declared C/C++ names of one function: parameters and locals with their base type and whether they are
// pointers or arrays. Rules that need "what is p?" (a typed pointer, a capacity parameter) read it here.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { FUNCTION_TYPES, ancestor, namedChildren, walk } from './walk';

export interface Declared {
  name: string;
  /** The declaration's type text, e.g. `const long long` or `size_t`. */
  type: string;
  /** Declared with `*` or `[]`: the name points at elements of `type`. */
  indirect: boolean;
  parameter: boolean;
}

/** Unwraps pointer/array/init declarators down to the declared identifier. */
function declared(decl: SyntaxNode | null, indirect = false): { name: string; indirect: boolean } | null {
  if (!decl) return null;
  if (decl.type === 'identifier') return { name: decl.text, indirect };
  if (decl.type === 'pointer_declarator' || decl.type === 'array_declarator')
    return declared(decl.childForFieldName('declarator'), true);
  if (decl.type === 'init_declarator' || decl.type === 'reference_declarator')
    return declared(decl.childForFieldName('declarator') ?? namedChildren(decl)[0] ?? null, indirect);
  return null;
}

/**
 * Parameters (in order) and locals of the function around `node`, read once per function and analysis: several
 * C rules ask per call or per use, and walking the function each time cost a walk per question.
 */
export function declarationsOf(node: SyntaxNode, ctx: RuleContext): readonly Declared[] {
  const fn = node.type === 'function_definition' ? node : ancestor(node, FUNCTION_TYPES);
  if (!fn) return [];
  const key = `declarations:${fn.startIndex}:${fn.endIndex}`;
  const cached = ctx.memo.get(key) as Declared[] | undefined;
  if (cached) return cached;
  const out: Declared[] = [];
  ctx.memo.set(key, out);
  for (const d of walk(fn, (n) => n.type === 'compound_statement' && n.parent?.type === 'lambda_expression')) {
    const parameter = d.type === 'parameter_declaration';
    if (!parameter && d.type !== 'declaration') continue;
    const type = d.childForFieldName('type')?.text ?? '';
    for (const decl of d.childrenForFieldName('declarator')) {
      const found = declared(decl);
      if (found) out.push({ ...found, type, parameter });
    }
  }
  return out;
}
