// CWE-908 use of an uninitialised resource: the analyser rules for this weakness, in registry order.
// A local scalar or pointer declared without a value is read before any write that reaches the read on every path
// the syntax shows (a write inside an `if` without a matching `else`, a loop body or a `case` does not count).
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { FUNCTION_TYPES, contains, walk } from '../walk';
import { inUnevaluatedOperand } from '../ruleParts/cUnevaluated';

/** Built-in scalar types: class types in C++ run a constructor, structs are often filled field by field. */
const SCALAR_WORDS = new Set([
  'unsigned',
  'signed',
  'short',
  'long',
  'int',
  'char',
  'float',
  'double',
  'bool',
  '_Bool',
]);
const SCALAR_TYPEDEF =
  /^(?:size_t|ssize_t|off_t|ptrdiff_t|time_t|u?int(?:8|16|32|64|max|ptr)_t|std::size_t|std::u?int(?:8|16|32|64)_t|DWORD|BOOL|u8|u16|u32|u64)$/;

function isScalarType(type: string): boolean {
  const words = type
    .replace(/\b(const|volatile|register)\b/g, ' ')
    .trim()
    .split(/\s+/);
  return (
    words.length > 0 &&
    (words.every((w) => SCALAR_WORDS.has(w)) || (words.length === 1 && SCALAR_TYPEDEF.test(words[0] ?? '')))
  );
}

/** The declared name of a declarator without initialiser, and whether it is a pointer; arrays and inits give null. */
function uninitialisedName(decl: SyntaxNode | null): { name: string; pointer: boolean } | null {
  if (!decl) return null;
  if (decl.type === 'identifier') return { name: decl.text, pointer: false };
  if (decl.type === 'pointer_declarator') {
    const inner = uninitialisedName(decl.childForFieldName('declarator'));
    return inner ? { name: inner.name, pointer: true } : null;
  }
  return null;
}

/** Library functions that only read their arguments, so a bare uninitialised argument to them is a read. */
const READERS =
  /^(printf|fprintf|sprintf|snprintf|puts|fputs|free|strdup|strlen|strcmp|strncmp|strcpy|strcat|memcpy|memmove|memcmp|malloc|calloc|realloc|fwrite|write|send|close|fclose|abs|atoi|htons|htonl|ntohs|ntohl)$/;

/** Inside `sizeof` or a type-only macro (not evaluated) or a declarator such as a function-pointer parameter (not a use). */
function inDeclaratorOrSizeof(node: SyntaxNode): boolean {
  if (inUnevaluatedOperand(node)) return true;
  for (let cur = node.parent; cur && !/statement$|^declaration$/.test(cur.type); cur = cur.parent)
    if (/declarator$|^parameter_declaration$/.test(cur.type)) return true;
  return false;
}

function unwrap(node: SyntaxNode): SyntaxNode {
  let cur = node;
  while (cur.parent && cur.parent.type === 'parenthesized_expression') cur = cur.parent;
  return cur;
}

/** How one later occurrence of the variable uses it. */
function useOf(occ: SyntaxNode, cpp: boolean): 'write' | 'read' | 'skip' {
  const at = unwrap(occ);
  const parent = at.parent;
  if (!parent) return 'skip';
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

/** Calls that do not return: the C library's and the kernel's (`BUG()`, `panic(...)`). */
const NO_RETURN = /^(exit|abort|_exit|_Exit|BUG|panic)$/;

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
        if (n.type === 'call_expression' && NO_RETURN.test(n.childForFieldName('function')?.text ?? '')) return true;
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
      return !is('condition');
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
function reaches(w: SyntaxNode, r: SyntaxNode, name: string, cpp: boolean): boolean {
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
function inUpdateOfLoopThatWrites(read: SyntaxNode, name: string, cpp: boolean): boolean {
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
function afterJoiningLabel(fn: SyntaxNode, writes: readonly SyntaxNode[], read: SyntaxNode): boolean {
  const first = writes[0];
  if (!first) return false;
  for (const n of walk(fn))
    if (n.type === 'labeled_statement' && n.startIndex > first.startIndex && n.startIndex < read.startIndex)
      return true;
  return false;
}

/** Start offsets of the first unwritten read of every uninitialised local in one function. */
function uninitialisedReads(fn: SyntaxNode, cpp: boolean): Set<number> {
  const out = new Set<number>();
  const nested = (n: SyntaxNode): boolean => n.startIndex !== fn.startIndex && FUNCTION_TYPES.has(n.type);
  for (const d of walk(fn, nested)) {
    if (d.type !== 'declaration' || d.parent?.type !== 'compound_statement') continue;
    if (d.namedChildren.some((c) => c?.type === 'storage_class_specifier')) continue;
    const type = d.childForFieldName('type')?.text ?? '';
    for (const decl of d.childrenForFieldName('declarator')) {
      const found = uninitialisedName(decl);
      if (!found || (!found.pointer && !isScalarType(type))) continue;
      const writes: SyntaxNode[] = [];
      for (const occ of walk(d.parent, nested)) {
        if (occ.type !== 'identifier' || occ.text !== found.name || occ.startIndex < d.endIndex) continue;
        const use = useOf(occ, cpp);
        if (use === 'write') writes.push(occ);
        if (use !== 'read') continue;
        if (writes.some((w) => reaches(w, occ, found.name, cpp))) continue;
        if (inUpdateOfLoopThatWrites(occ, found.name, cpp) || afterJoiningLabel(fn, writes, occ)) continue;
        out.add(occ.startIndex);
        break;
      }
    }
  }
  return out;
}

/** On the labelled C/C++ dev code the first version of this rule (loop bodies conditional, any length) fired 44
 * times on secure samples, nearly all in functions of hundreds of lines; with this limit and the choices above, 0. */
const MAX_FUNCTION_LINES = 60;

// One-entry cache: the query visits every identifier of a function, the scan is per function.
let cached: { key: string; reads: Set<number> } | null = null;

export const cUninitializedLocalRead: QueryRule = {
  id: 'c-uninitialized-local-read',
  cwe: 'CWE-908',
  severity: 'warning',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: { c: '(identifier) @hit', cpp: '(identifier) @hit' },
  message: 'The local variable is read before it is given a value on this path, so it holds whatever was on the stack.',
  fix: 'Initialise the variable where it is declared (= 0, = NULL, = {0}) or assign it on every path before the read.',
  guardable: false,
  predicate: ({ hit }, ctx) => {
    if (!hit || hit.parent?.type === 'declaration' || hit.parent?.type === 'init_declarator') return false;
    let fn: SyntaxNode | null = hit.parent;
    while (fn && fn.type !== 'function_definition' && fn.type !== 'lambda_expression') fn = fn.parent;
    if (!fn || fn.type !== 'function_definition' || fn.hasError) return false;
    // Syntax-only path reasoning holds up in short functions; long ones hide writes in macros and loop invariants.
    if (fn.endPosition.row - fn.startPosition.row > MAX_FUNCTION_LINES) return false;
    const key = `${ctx.language}:${fn.startIndex}:${fn.text}`;
    if (cached?.key !== key) cached = { key, reads: uninitialisedReads(fn, ctx.language === 'cpp') };
    return cached.reads.has(hit.startIndex);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe908UninitializedResource: readonly Rule[] = [cUninitializedLocalRead];
