// CWE-401 support: does a C/C++ heap allocation held in a local pointer reach a `return` that drops it?
// A leak is reported only when it is clear on one path: the allocation dominates an early return (it sits in an
// enclosing block before it), nothing on the way frees, stores, aliases or hands the pointer to an owner, the
// return does not give it back, and the function elsewhere releases or hands it over (so it is owned memory and
// that early return forgot it). Everything uncertain (a callee that may adopt the pointer, a reassignment, a NULL
// test that leads to the return) counts as handled.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { FUNCTION_TYPES, ancestor, sameNode, walk } from '../walk';
import { afterLabel } from './cGotoPaths';
import { noReturnCallee } from './cNoReturnCalls';

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Library calls that read or fill a buffer and never keep it. */
const BORROWERS =
  /^(std::)?(mem(cpy|move|set|cmp|chr)|str(n?cpy|n?cat|n?cmp|len|nlen|chr|rchr|str|spn|cspn|tok|tol|toul|toll|toull|dup|ndup)|v?s?n?printf|v?fprintf|s?scanf|f?gets|f?puts|fread|fwrite|read|write|pread|pwrite|recv|recvfrom|send|sendto|atoi|atol|qsort|bsearch|to(upper|lower)|is\w+|ntoh[sl]|hton[sl]|assert|sizeof|explicit_bzero|bzero|copy|fill|std::copy|std::fill)$/;

/** Names of callees that plausibly take ownership of a pointer handed to them (or release it). */
const ADOPTERS =
  /(add|push|insert|append|prepend|put|set|store|take|own|adopt|steal|register|attach|enqueue|emplace|reset|release|free|destroy|delete|unref|close|dispose|cleanup|finish|list|queue|hash|map|table|cache|tree|track|keep|save|wrap|assign)/i;

/** A function of this file: its parameter names and body. */
export interface FunctionDefinition {
  params: string[];
  body: SyntaxNode;
}

/** A function of this file: whether it frees or stores its parameter at `index` (it may keep the pointer). */
function localKeeps(def: FunctionDefinition | undefined, index: number): boolean | undefined {
  if (!def) return undefined;
  const name = def.params[index];
  if (!name) return true;
  const n = esc(name);
  return new RegExp(
    `\\b(free|delete)\\b[\\s(\\[\\]]*${n}\\b|[^=!<>]=\\s*${n}\\s*;|\\w+\\s*\\(\\s*[^;]*\\b${n}\\s*[,)]`,
  ).test(
    def.body.text.replace(
      new RegExp(`\\b(mem\\w+|str\\w+|v?s?n?printf|read|write|fread|fwrite|recv|send)\\s*\\(`, 'g'),
      '_(',
    ),
  );
}

/** Whether `text` hands `p` on: an alias or store, a call that may adopt it, or a smart pointer built from it. */
function handsOn(stmt: SyntaxNode, p: string, defs: (name: string) => FunctionDefinition | undefined): boolean {
  const n = esc(p);
  const text = stmt.text;
  if (!new RegExp(`\\b${n}\\b`).test(text)) return false;
  // `x = p;`, `s->buf = p`, `*out = p`, `arr[i] = p`, an initializer `{ p }` or a constructor argument `u(p)`.
  // A pointer into the block kept elsewhere (`h->list[i] = (char *)&p[i]`, `end = p + len`) aliases it too.
  if (new RegExp(`[^=!<>]=\\s*(\\([^()]*\\)\\s*)?(&\\s*${n}\\b|${n}\\s*([;,)+-]|$))`, 'm').test(text)) return true;
  if (new RegExp(`\\b\\w+\\s*[({]\\s*${n}\\s*[)}]\\s*;`).test(text) && stmt.type === 'declaration') return true;
  for (const node of walk(stmt)) {
    if (node.type !== 'call_expression') continue;
    const args = node.childForFieldName('arguments')?.namedChildren ?? [];
    const index = args.findIndex((a) => a !== null && new RegExp(`^(\\([^()]*\\)\\s*)?&?${n}$`).test(a.text.trim()));
    if (index < 0) continue;
    const callee = (node.childForFieldName('function')?.text ?? '').replace(/\s+/g, '');
    if (BORROWERS.test(callee)) continue;
    const local = localKeeps(defs(callee), index);
    if (local === true || (local === undefined && ADOPTERS.test(callee.split(/::|->|\./).pop() ?? callee))) return true;
  }
  return false;
}

const releases = (p: string): RegExp =>
  new RegExp(
    `\\b(\\w*free|\\w*_destroy|\\w*_release|\\w*_unref|delete)\\b\\s*(\\[\\s*\\])?\\s*\\(?\\s*${esc(p)}\\s*[);]`,
  );

/** A NULL test of `p` (the return it leads to runs when nothing was allocated). */
const nullTest = (p: string): RegExp => {
  const n = esc(p);
  return new RegExp(
    `!\\s*${n}\\b(?!\\s*(->|\\.|\\[|\\())|\\b${n}\\s*==\\s*(NULL|0|nullptr)\\b|\\b(NULL|nullptr)\\s*==\\s*${n}\\b`,
  );
};

/** Statements ending in a jump out of the function: their bodies are not on the path to a later statement. */
function exits(stmt: SyntaxNode | null): boolean {
  if (!stmt) return false;
  if (stmt.type === 'return_statement' || stmt.type === 'goto_statement' || stmt.type === 'throw_statement')
    return true;
  if (stmt.type === 'expression_statement' && noReturnCallee(/^(\w+)\s*\(/.exec(stmt.text)?.[1] ?? '')) return true;
  if (stmt.type === 'compound_statement')
    return exits(stmt.namedChildren.filter((c) => c?.type !== 'comment').pop() ?? null);
  return false;
}

/** The pieces of code run between the allocation statement and `ret`, with conditions that lead to it. */
function pathPieces(ret: SyntaxNode, allocStmt: SyntaxNode): { pieces: SyntaxNode[]; conditions: SyntaxNode[] } | null {
  const pieces: SyntaxNode[] = [];
  const conditions: SyntaxNode[] = [];
  let child = ret;
  for (let cur = ret.parent; cur; child = cur, cur = cur.parent) {
    if (FUNCTION_TYPES.has(cur.type) || cur.type === 'lambda_expression') return null;
    if (cur.type === 'if_statement' || cur.type === 'while_statement' || cur.type === 'for_statement') {
      const cond = cur.childForFieldName('condition');
      if (cond && cond.endIndex <= child.startIndex) conditions.push(cond);
      if (cur.type === 'for_statement')
        pieces.push(...cur.namedChildren.filter((c): c is SyntaxNode => c !== null && c.endIndex <= child.startIndex));
    }
    if (cur.type !== 'compound_statement') continue;
    for (const s of cur.namedChildren) {
      if (!s || s.startIndex >= child.startIndex || s.startIndex < allocStmt.endIndex) continue;
      const cons = s.type === 'if_statement' ? s.childForFieldName('consequence') : null;
      const alt = s.type === 'if_statement' ? s.childForFieldName('alternative') : null;
      const cond = s.childForFieldName('condition');
      if (cons && !alt && exits(cons) && cond) pieces.push(cond);
      else pieces.push(s);
    }
    if (allocStmt.parent && sameNode(cur, allocStmt.parent)) return { pieces, conditions };
  }
  return null;
}

const LOOPS: ReadonlySet<string> = new Set(['for_statement', 'while_statement', 'do_statement', 'for_range_loop']);

/**
 * A jump that ends the pointer's lifetime: `return`, a C++ `throw`, or a `continue` of the loop whose body
 * allocated it (the next iteration allocates again; a `continue` of an inner loop stays in scope).
 */
function leavesScope(
  jump: SyntaxNode,
  allocStmt: SyntaxNode,
  p: string,
  defs: (name: string) => FunctionDefinition | undefined,
): boolean {
  if (jump.type === 'return_statement' || jump.type === 'throw_statement') return true;
  if (jump.type === 'goto_statement') return gotoDrops(jump, allocStmt, p, defs);
  if (jump.type !== 'continue_statement') return false;
  const loop = ancestor(jump, LOOPS);
  if (loop === null || !sameNode(loop, ancestor(allocStmt, LOOPS) ?? jump)) return false;
  // The iteration drops the pointer when it is the iteration's own (declared in the loop) or handled later in the
  // iteration; one declared outside and handled only after the loop
  // (`while (next(line)) { if (key) { name = strdup(v); continue; } } ... free(name);`) is still held there.
  const rest = loop.text.slice(allocStmt.endIndex - loop.startIndex);
  return allocStmt.type === 'declaration' || new RegExp(`\\b${esc(p)}\\b`).test(rest);
}

/**
 * A forward `goto` to a label whose code never releases, returns or hands on `p` (`goto out` past the `out_free:`
 * that frees it): the jump drops the pointer as a return would. A label that mentions `p` at all counts as handling it.
 */
function gotoDrops(
  jump: SyntaxNode,
  allocStmt: SyntaxNode,
  p: string,
  defs: (name: string) => FunctionDefinition | undefined,
): boolean {
  const after = afterLabel(jump);
  if (!after[0] || after[0].startIndex < allocStmt.endIndex || after[0].startIndex < jump.startIndex) return false;
  const n = new RegExp(`\\b${esc(p)}\\b`);
  return !after.some((s) => n.test(s.text) || handsOn(s, p, defs));
}

/**
 * The first `return` that leaks the pointer `p` allocated by the statement `allocStmt` (a declaration or an
 * assignment directly in a block), or null when every return frees, returns or hands it on.
 */
export function leakingReturn(
  allocStmt: SyntaxNode,
  p: string,
  defs: (name: string) => FunctionDefinition | undefined,
): SyntaxNode | null {
  const fn = ancestor(allocStmt, FUNCTION_TYPES);
  const body = fn?.childForFieldName('body');
  if (!fn || !body) return null;
  const n = new RegExp(`\\b${esc(p)}\\b`);
  const rest = body.text.slice(allocStmt.endIndex - body.startIndex);
  // Owned memory: something after the allocation releases it, gives it back or keeps it somewhere.
  const later =
    allocStmt.parent?.namedChildren.filter((c): c is SyntaxNode => c !== null && c.startIndex >= allocStmt.endIndex) ??
    [];
  const owned =
    releases(p).test(rest) ||
    new RegExp(`\\breturn\\s+(\\([^()]*\\)\\s*)?${esc(p)}\\s*;`).test(rest) ||
    later.some((s) => handsOn(s, p, defs));
  if (!owned) return null;
  for (const ret of walk(body)) {
    if (!leavesScope(ret, allocStmt, p, defs) || ret.startIndex < allocStmt.endIndex) continue;
    if (n.test(ret.text)) continue;
    const path = pathPieces(ret, allocStmt);
    if (!path) continue;
    if (path.conditions.some((c) => nullTest(p).test(c.text.trim()) || handsOn(c, p, defs))) continue;
    // A return or goto on the straight path ends it: code after a cleanup label is reached only by the gotos,
    // each judged on its own (`return acl; out_free_name: free(name); return NULL;`).
    if (path.pieces.some((s) => /^(return|goto)_statement$/.test(s.type))) continue;
    // A reassignment (`p = realloc(p, n)`, `p = q`) makes the path's pointer another value: left alone.
    const reassigned = new RegExp(`\\b${esc(p)}\\s*=[^=]`);
    if (path.pieces.some((s) => releases(p).test(s.text) || reassigned.test(s.text) || handsOn(s, p, defs))) continue;
    return ret;
  }
  return null;
}
