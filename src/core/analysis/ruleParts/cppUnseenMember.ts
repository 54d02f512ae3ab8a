// An index into a class member whose declaration this file does not hold: `T Cls::get(int i) { return items_[i]; }`
// in a .cpp whose class lives in a header. The member's type is out of view (a checked container, a map, a
// growing array, a raw buffer), and the index is the method's contract with its callers, so the access is shown as
// a note, not counted. A member the file declares (a class written out in the file, as examples and single-file
// programs do) keeps its finding.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { declarationsOf } from '../cDeclarations';
import { atomsOf, rootName } from '../cBoundsFacts';
import { FUNCTION_TYPES, ancestor, namedChildren, walk } from '../walk';
import { indexOf, squash } from './cIndexAccess';

const DECLARATIONS = new Set([
  'declaration',
  'field_declaration',
  'parameter_declaration',
  'optional_parameter_declaration',
]);

const WRAPPERS = /^(pointer|array|init|reference)_declarator$/;

/** Every name the file declares (variables, members, parameters), collected once per analysis. */
function namesDeclaredInFile(ctx: RuleContext): Set<string> {
  let names = ctx.memo.get('cppUnseenMember:declared') as Set<string> | undefined;
  if (names) return names;
  names = new Set();
  ctx.memo.set('cppUnseenMember:declared', names);
  for (const d of walk(ctx.root)) {
    if (!DECLARATIONS.has(d.type)) continue;
    for (let decl of d.childrenForFieldName('declarator')) {
      while (decl && WRAPPERS.test(decl.type))
        decl = decl.childForFieldName('declarator') ?? namedChildren(decl)[0] ?? null;
      if (decl?.type === 'identifier' || decl?.type === 'field_identifier') names.add(decl.text);
    }
  }
  return names;
}

/** The function around `node` is a member function defined outside its class (`R Cls::name(...) { ... }`). */
function outOfLineMember(node: SyntaxNode): boolean {
  const fn = ancestor(node, FUNCTION_TYPES);
  let decl = fn?.type === 'function_definition' ? fn.childForFieldName('declarator') : null;
  while (decl && decl.type !== 'function_declarator') decl = decl.childForFieldName('declarator');
  return decl?.childForFieldName('declarator')?.type === 'qualified_identifier';
}

/**
 * `hit` indexes a member this file never declares, from an out-of-line member function, with an index built from
 * the method's parameters and members only (no local, so nothing read from input on the way).
 */
export function unseenMemberIndex(hit: SyntaxNode, ctx: RuleContext): boolean {
  if (ctx.language !== 'cpp' || !outOfLineMember(hit)) return false;
  const { array, index } = indexOf(hit);
  if (!array || !index) return false;
  const root = rootName(squash(array.text).replace(/^this->/, ''));
  const declared = namesDeclaredInFile(ctx);
  if (!root || declared.has(root)) return false;
  const locals = new Set(
    declarationsOf(hit, ctx)
      .filter((d) => !d.parameter)
      .map((d) => d.name),
  );
  return atomsOf(index).every((atom) => !locals.has(rootName(atom)));
}
