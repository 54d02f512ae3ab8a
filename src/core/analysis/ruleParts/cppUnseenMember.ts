// An index into (or a copy into) a class member whose declaration this file does not hold: `T Cls::get(int i) {
// return items_[i]; }`, `memcpy(dest_, data, n)` in a .cpp whose class lives in a header. The member's type and
// capacity are out of view (a checked container, a map, a growing array, a buffer its owner sized), and the index
// or length is the method's contract with its callers, so the access is shown as a note, not counted. A member the file declares (a class written out in the file, as examples and single-file
// programs do) keeps its finding.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { declarationsOf } from '../cDeclarations';
import { atomsOf, rootName } from '../cBoundsFacts';
import { FUNCTION_TYPES, ancestor, namedChildren, walk } from '../walk';
import { indexOf, squash } from './cIndexAccess';
import { functionDeclarator } from '../cFunctionDeclarator';

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
  const decl = fn?.type === 'function_definition' ? functionDeclarator(fn) : null;
  return decl?.childForFieldName('declarator')?.type === 'qualified_identifier';
}

/**
 * In an out-of-line member function, `target` (an array, a copy's destination: `items_`, `dest_ + n`, `&buf_[0]`)
 * is rooted in a member this file never declares, and `amount` (the index or the length) is built from the
 * method's parameters and members only (no local, so nothing read from input on the way).
 */
export function unseenMemberAccess(target: SyntaxNode, amount: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  if (ctx.language !== 'cpp' || !outOfLineMember(at)) return false;
  const root = rootName(
    squash(target.text)
      .replace(/^[&*(]*(\([^()]*\))?/, '')
      .replace(/^this->/, ''),
  );
  if (!root || namesDeclaredInFile(ctx).has(root)) return false;
  const locals = new Set(
    declarationsOf(at, ctx)
      .filter((d) => !d.parameter)
      .map((d) => d.name),
  );
  return atomsOf(amount).every((atom) => !locals.has(rootName(atom)));
}

/** `hit` (a subscript) indexes such a member: `T Cls::get(int i) { return items_[i]; }`. */
export function unseenMemberIndex(hit: SyntaxNode, ctx: RuleContext): boolean {
  const { array, index } = indexOf(hit);
  return !!array && !!index && unseenMemberAccess(array, index, hit, ctx);
}
