// Where a C local is written on the paths the syntax shows: what counts as a write or a read of one occurrence,
// whether a statement settles the variable on every path (writes it or leaves), and the shapes of real C code that
// join paths the walk does not follow (a for loop's update, case fall-through, error labels reached by gotos).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { FUNCTION_TYPES, contains, walk } from '../walk';
import { inUnevaluatedOperand } from './cUnevaluated';
import { alwaysTakenBranch } from './cConstantCondition';
import { noReturnCallee } from './cNoReturnCalls';

/** Library functions that only read their arguments, so a bare uninitialised argument to them is a read. */
const READERS =
  /^(printf|fprintf|sprintf|snprintf|puts|fputs|free|strdup|strlen|strcmp|strncmp|strcpy|strcat|memcpy|memmove|memcmp|malloc|calloc|realloc|fwrite|write|send|close|fclose|abs|atoi|htons|htonl|ntohs|ntohl)$/;

/**
 * Inside `sizeof` or a type-only macro (not evaluated) or a declarator such as a function-pointer parameter (not a
 * use). An initialiser (`T r = parse(s, out);`) is code that runs, so the climb stops at the init_declarator's value.
 */
function inDeclaratorOrSizeof(node: SyntaxNode): boolean {
  if (inUnevaluatedOperand(node)) return true;
  for (let cur = node, up = node.parent; up && !/statement$|^declaration$/.test(up.type); cur = up, up = up.parent) {
    if (up.type === 'init_declarator' && up.childForFieldName('value')?.startIndex === cur.startIndex) return false;
    if (/declarator$|^parameter_declaration$/.test(up.type)) return true;
  }
  return false;
}

function unwrap(node: SyntaxNode): SyntaxNode {
  let cur = node;
  while (cur.parent && cur.parent.type === 'parenthesized_expression') cur = cur.parent;
  return cur;
}

/** How one later occurrence of the variable uses it. */
export function useOf(occ: SyntaxNode, cpp: boolean): 'write' | 'read' | 'skip' {
  const at = unwrap(occ);
  const parent = at.parent;
  if (!parent) return 'skip';
  // A parameter of a `#define` written inside the function shares the local's name only.
  if (parent.type === 'preproc_params') return 'skip';
  if (parent.type === 'assignment_expression' && parent.childForFieldName('left')?.startIndex === at.startIndex)
    return parent.childForFieldName('operator')?.text === '=' ? 'write' : 'read';
  if (parent.type === 'pointer_expression' && parent.childForFieldName('operator')?.text === '&') return 'write';
  // An output operand of inline assembly (`asm("rdtsc" : "=a" (lo))`) is set by the instruction.
  if (parent.type === 'gnu_asm_output_operand') return 'write';
  if (parent.type === 'declaration' || inDeclaratorOrSizeof(at)) return 'skip';
  if (parent.type === 'cast_expression' && parent.childForFieldName('type')?.text === 'void') return 'skip';
  if (parent.type === 'call_expression' && parent.childForFieldName('function')?.startIndex === at.startIndex)
    return 'skip';
  if (parent.type === 'argument_list') {
    // A bare name handed to anything but a known reader may be filled by it: a C++ reference parameter or a C macro.
    const callee = parent.parent?.childForFieldName('function')?.text.replace(/^std::/, '') ?? '';
    return !cpp && READERS.test(callee) ? 'read' : 'write';
  }
  if (cpp && parent.type === 'binary_expression' && parent.childForFieldName('operator')?.text === '>>') {
    if (parent.childForFieldName('right')?.startIndex === at.startIndex) return 'write';
  }
  return 'read';
}

/** The expression (a condition or a for initialiser, which always run) writes the variable. */
function writes(expr: SyntaxNode | null, name: string, cpp: boolean): boolean {
  return (
    expr !== null &&
    [...walk(expr)].some((n) => n.type === 'identifier' && n.text === name && useOf(n, cpp) === 'write')
  );
}

/** True when every path through the statement writes the variable or leaves (return, goto, throw, exit). */
function settles(stmt: SyntaxNode | null, name: string, cpp: boolean, breakLeaves = true): boolean {
  if (!stmt) return false;
  const again = (n: SyntaxNode | null): boolean => settles(n, name, cpp, breakLeaves);
  switch (stmt.type) {
    case 'else_clause':
    case 'compound_statement':
    case 'case_statement':
      return stmt.namedChildren.some((c) => c !== null && c.type !== 'comment' && again(c));
    case 'if_statement':
      // The condition always runs: `if (read_value(&x))` sets x on both branches.
      return (
        writes(stmt.childForFieldName('condition'), name, cpp) ||
        (again(stmt.childForFieldName('consequence')) && again(stmt.childForFieldName('alternative')))
      );
    case 'for_statement':
      // The initialiser always runs: `for (i = 0; ...)`.
      return writes(stmt.childForFieldName('initializer'), name, cpp);
    case 'switch_statement': {
      const first = stmt.childForFieldName('body')?.namedChildren.find((c) => c?.type === 'case_statement');
      return first != null && everyCaseSettles(first, name, cpp);
    }
    case 'break_statement':
    case 'continue_statement':
      return breakLeaves;
    case 'return_statement':
    case 'goto_statement':
    case 'throw_statement':
      return true;
    case 'expression_statement':
      for (const n of walk(stmt)) {
        if (n.type === 'identifier' && n.text === name && useOf(n, cpp) === 'write') return true;
        if (n.type === 'call_expression' && noReturnCallee(n.childForFieldName('function')?.text ?? '')) return true;
      }
      return false;
    default:
      return false;
  }
}

/** True when `child` of `parent` runs only on some paths through `parent`. Loop bodies and `a || (x = f())`
 * are not counted: real loops mostly run at least once, and such conditions mostly sit in an `if` whose failing side
 * returns. */
function conditionalPart(parent: SyntaxNode, child: SyntaxNode): boolean {
  const is = (field: string): boolean => parent.childForFieldName(field)?.startIndex === child.startIndex;
  switch (parent.type) {
    case 'if_statement':
      return !is('condition') && !alwaysTakenBranch(parent, child);
    case 'case_statement':
      return true;
    case 'conditional_expression':
      return !is('condition');
    default:
      return false;
  }
}

/** An if statement whose two branches both settle the variable makes a write inside it reach what follows. */
function bothBranchesSettle(ifNode: SyntaxNode, name: string, cpp: boolean): boolean {
  const alternative = ifNode.childForFieldName('alternative');
  return (
    alternative !== null &&
    settles(ifNode.childForFieldName('consequence'), name, cpp) &&
    settles(alternative, name, cpp)
  );
}

/** A case with no break, return or goto of its own runs on into the next one (`case 'K': case 'k': ...`). */
function fallsThrough(c: SyntaxNode): boolean {
  return !c.namedChildren.some((s) => s !== null && /^(break|return|goto|continue|throw)_statement$/.test(s.type));
}

/** A switch with a `default` whose every case settles the variable, itself or in the cases it falls through to. */
function everyCaseSettles(caseNode: SyntaxNode, name: string, cpp: boolean): boolean {
  const body = caseNode.parent;
  const cases = body ? body.namedChildren.filter((c): c is SyntaxNode => c?.type === 'case_statement') : [];
  const hasDefault = cases.some((c) => c.childForFieldName('value') === null);
  const settled = cases.map((c) => settles(c, name, cpp, false));
  for (let i = cases.length - 2; i >= 0; i -= 1)
    settled[i] = settled[i] || (fallsThrough(cases[i] as SyntaxNode) && (settled[i + 1] ?? false));
  return hasDefault && settled.every(Boolean);
}

function settledHere(parent: SyntaxNode, name: string, cpp: boolean): boolean {
  if (parent.type === 'if_statement') return bothBranchesSettle(parent, name, cpp);
  return parent.type === 'case_statement' && everyCaseSettles(parent, name, cpp);
}

/** True when the write `w` happens on every path that reaches the read `r` (as far as the syntax tells). */
export function reaches(w: SyntaxNode, r: SyntaxNode, name: string, cpp: boolean): boolean {
  let cur = w;
  while (cur.parent && !contains(cur.parent, r)) {
    const parent = cur.parent;
    if (conditionalPart(parent, cur) && !settledHere(parent, name, cpp)) return false;
    cur = parent;
  }
  // w and r in different branches of one conditional: the write does not precede the read on r's path.
  const common = cur.parent;
  return !(common && common.type !== 'case_statement' && conditionalPart(common, cur));
}

/** A read in a for loop's update (`e = next`, `i += step`) runs after the body, which writes the variable. */
export function inUpdateOfLoopThatWrites(read: SyntaxNode, name: string, cpp: boolean): boolean {
  for (let child = read, up = read.parent; up && !FUNCTION_TYPES.has(up.type); child = up, up = up.parent) {
    if (up.type !== 'for_statement') continue;
    if (up.childForFieldName('update')?.startIndex !== child.startIndex) continue;
    return writes(up.childForFieldName('body'), name, cpp);
  }
  return false;
}

/**
 * A label between a write and the read (`err = -ENOMEM; goto out; ... out: return err;`) joins paths from gotos the
 * syntax walk does not follow; each goto mostly comes right after its own write, so the read is not reported.
 */
export function afterJoiningLabel(fn: SyntaxNode, writes: readonly SyntaxNode[], read: SyntaxNode): boolean {
  const first = writes[0];
  if (!first) return false;
  for (const n of walk(fn))
    if (n.type === 'labeled_statement' && n.startIndex > first.startIndex && n.startIndex < read.startIndex)
      return true;
  return false;
}
