// CWE-401 missing release of memory: a heap allocation held in a local pointer that an early return drops.
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';
import { FUNCTION_TYPES, ancestor, walk } from '../walk';
import { leakingReturn, type FunctionDefinition } from '../ruleParts/cLeakPaths';
import { declarationsOf } from '../cDeclarations';
import { enclosingFunctionName } from '../enclosingFunctionName';
import { functionDeclarator } from '../cFunctionDeclarator';

/** Allocators whose result the caller must free (wrappers that abort on failure still hand out owned memory). */
const C_ALLOC = /^(malloc|calloc|strdup|strndup|x(malloc|calloc|strdup|zalloc)|g_(malloc0?|new0?|strdup))$/;

/** The file's function definitions by name, with their parameter names; indexed once per analysis. */
function definitions(ctx: RuleContext): Map<string, FunctionDefinition> {
  const key = 'cwe401-definitions';
  let byName = ctx.memo.get(key) as Map<string, FunctionDefinition> | undefined;
  if (byName) return byName;
  byName = new Map();
  for (const m of ctx.matches(
    '(function_definition declarator: (function_declarator declarator: (_) @name parameters: (parameter_list) @params) body: (_) @body)',
  )) {
    const get = (n: string) => m.captures.find((c) => c.name === n)?.node;
    const name = get('name')?.text.replace(/\s+/g, '');
    const params = get('params');
    const body = get('body');
    if (!name || !params || !body || byName.has(name)) continue;
    const names = params.namedChildren
      .filter((c) => c?.type === 'parameter_declaration')
      .map((c) => c?.text.match(/(\w+)\s*(\[[^\]]*\])?$/)?.[1] ?? '');
    byName.set(name, { params: names, body });
  }
  ctx.memo.set(key, byName);
  return byName;
}

/** The local pointer the allocation is stored in, and the statement that stores it (directly in a block). */
function heldIn(call: SyntaxNode): { name: string; stmt: SyntaxNode } | null {
  let node = call;
  while (node.parent && /^(cast_expression|parenthesized_expression)$/.test(node.parent.type)) node = node.parent;
  const holder = node.parent;
  if (!holder) return null;
  let name: string | undefined;
  if (holder.type === 'init_declarator' && holder.childForFieldName('value')?.startIndex === node.startIndex) {
    // `Conn::Ptr c = new Conn()`: a holder of class type (a smart pointer) frees the object on every return; only a
    // raw pointer (declared with `*`, or `auto`) can be dropped.
    const declarator = holder.childForFieldName('declarator');
    if (declarator?.type !== 'pointer_declarator' && holder.parent?.childForFieldName('type')?.text !== 'auto')
      return null;
    name = declarator?.text.match(/^[*\s]*(\w+)$/)?.[1];
  } else if (
    holder.type === 'assignment_expression' &&
    holder.childForFieldName('right')?.startIndex === node.startIndex
  )
    name = holder.childForFieldName('left')?.text.match(/^(\w+)$/)?.[1];
  const stmt = holder.type === 'init_declarator' ? holder.parent : holder.parent;
  if (!name || !stmt || !/^(declaration|expression_statement)$/.test(stmt.type)) return null;
  if (stmt.parent?.type !== 'compound_statement' || /^static\b/.test(stmt.text)) return null;
  return { name, stmt };
}

/** `name` is a local of the function (declared in its body, not static): a parameter or global may be owned elsewhere. */
function declaredLocally(stmt: SyntaxNode, name: string): boolean {
  if (stmt.type === 'declaration') return true;
  const body = ancestor(stmt, FUNCTION_TYPES)?.childForFieldName('body');
  if (!body) return false;
  for (const node of walk(body)) {
    if (node.type !== 'declaration' || /^static\b/.test(node.text)) continue;
    if (node.namedChildren.some((d) => d !== null && new RegExp(`^[*\\s]*${name}\\b`).test(d.text))) return true;
  }
  return false;
}

function leaksOnEarlyReturn(call: CallInfo, ctx: RuleContext): boolean {
  const held = heldIn(call.node);
  if (!held || !declaredLocally(held.stmt, held.name)) return false;
  const defs = definitions(ctx);
  const leak = leakingReturn(held.stmt, held.name, (n) => defs.get(n));
  // A return from a program's entry point (`main`, a multi-call binary's `cp_main`) ends the process, which gives
  // the memory back: no leak.
  return leak !== null && !(leak.type === 'return_statement' && ENTRY_POINT.test(enclosingFunctionName(leak)));
}

const ENTRY_POINT = /^(w?main|\w+_main)$/;

export const cLeakOnEarlyReturn = callRule({
  id: 'c-leak-on-early-return',
  cwe: 'CWE-401',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message:
    'This allocation is freed or handed over on the normal path, but an early return after it drops the only pointer to it (a memory leak).',
  fix: 'Free the pointer before that return, or route every exit through one cleanup label (or, in C++, hold it in std::unique_ptr / std::vector).',
  callee: { c: C_ALLOC, cpp: /^((std::)?(malloc|calloc|strdup|strndup)|new .+)$/ },
  when: leaksOnEarlyReturn,
  // A return from main ends the process, which gives all its memory back: shown, not counted.
  tierOf: (call) => (inMain(call.node) ? 'note' : 'finding'),
});

function inMain(node: SyntaxNode): boolean {
  return functionDeclarator(ancestor(node, FUNCTION_TYPES))?.childForFieldName('declarator')?.text === 'main';
}

/** Library calls that read or fill a buffer and keep no pointer to it. */
const BORROWING_CALL =
  /^(std::)?(printf|fprintf|wprintf|fwprintf|puts|fputs|fputws|sprintf|snprintf|swprintf|sscanf|fgets|fgetws|fread|fwrite|str\w+|wcs\w+|mem\w+|wmem\w+|atoi|atol|atof|strtol|strtoul|strtod|isalpha|isdigit|toupper|tolower)$/;

/** Library copies and fills whose value is their first argument. */
const RETURNS_DESTINATION = /^(std::)?(memcpy|memmove|memset|strcpy|strncpy|strcat|strncat|stpcpy)$/;

/** The `&` expression that takes the address of `member`, looking past parentheses (`&(a->archive)`), if any. */
function addressTaken(member: SyntaxNode): SyntaxNode | null {
  let up = member.parent;
  while (up?.type === 'parenthesized_expression') up = up.parent;
  return up?.type === 'pointer_expression' && up.text.startsWith('&') ? up : null;
}

/** How the occurrence `id` of the held pointer uses it: release, borrow (read or write through it), or escape. */
function useOfHeld(id: SyntaxNode, ctx: RuleContext): 'release' | 'borrow' | 'escape' {
  const parent = id.parent;
  if (!parent) return 'escape';
  if (parent.type === 'delete_expression') return 'release';
  if (parent.type === 'argument_list') {
    const name = parent.parent ? ctx.callAt(parent.parent).name : '';
    if (/^(std::)?(free|realloc|\w+_free)$/.test(name)) return 'release';
    // `return memcpy(cp, s, n);`: the copy returns its destination, so what happens to the call's value happens to it.
    if (parent.parent && RETURNS_DESTINATION.test(name) && parent.namedChildren[0]?.startIndex === id.startIndex)
      return parent.parent.parent?.type === 'expression_statement' ? 'borrow' : useOfHeld(parent.parent, ctx);
    return BORROWING_CALL.test(name) ? 'borrow' : 'escape';
  }
  // `return (p);` and `&(p->member)` handed out: the parentheses or the member's address carry the pointer on.
  if (parent.type === 'parenthesized_expression') return useOfHeld(parent, ctx);
  const address = parent.type === 'field_expression' ? addressTaken(parent) : null;
  if (address) return useOfHeld(address, ctx);
  // A method call may hand `this` on (a self-deleting task, a reference count, an auto-release pool).
  if (parent.type === 'field_expression' && parent.parent?.type === 'call_expression') return 'escape';
  if (/^(subscript_expression|field_expression|pointer_expression)$/.test(parent.type))
    return parent.type === 'pointer_expression' && parent.text.startsWith('&') ? 'escape' : 'borrow';
  if (parent.type === 'binary_expression')
    return /^(<<|==|!=)$/.test(parent.childForFieldName('operator')?.text ?? '') ? 'borrow' : 'escape';
  if (parent.type === 'unary_expression') return 'borrow';
  if (parent.type === 'assignment_expression' && parent.childForFieldName('left')?.startIndex === id.startIndex)
    return 'borrow';
  return 'escape';
}

/** A local allocation that the rest of the function only borrows: no release, no return, no hand-over. */
function neverReleased(call: CallInfo, ctx: RuleContext): boolean {
  const held = heldIn(call.node);
  if (!held || !declaredLocally(held.stmt, held.name)) return false;
  // Only a raw pointer: `AutoPtr<T> p = new T` and other owning wrappers release on their own.
  const declared = declarationsOf(held.stmt, ctx).find((d) => d.name === held.name);
  if (!declared?.indirect || /</.test(declared.type)) return false;
  const fn = ancestor(held.stmt, FUNCTION_TYPES);
  if (!fn) return false;
  let used = false;
  for (const id of walk(fn)) {
    if (id.text !== held.name || id.startIndex < held.stmt.endIndex) continue;
    // `Holder h(data);` parses as a declaration whose "parameter" type is the pointer: a hand-over.
    if (id.type === 'type_identifier') return false;
    if (id.type !== 'identifier') continue;
    const use = useOfHeld(id, ctx);
    if (use !== 'borrow') return false;
    used = true;
  }
  return used;
}

export const cNeverReleased = callRule({
  id: 'c-allocation-never-released',
  cwe: 'CWE-401',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message:
    'The block allocated here is only read and written through its local pointer: it is never freed, returned or handed on, so it leaks when the function ends.',
  fix: 'Release it (free / delete / delete[]) once it is no longer needed, or in C++ hold it in std::unique_ptr, std::string or std::vector.',
  callee: { c: C_ALLOC, cpp: /^((std::)?(malloc|calloc|strdup|strndup)|new .+)$/ },
  when: neverReleased,
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe401MemoryLeak: readonly Rule[] = [cLeakOnEarlyReturn, cNeverReleased];
