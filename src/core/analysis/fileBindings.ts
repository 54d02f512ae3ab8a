// Names a function reads but does not define: file-level constants, imported modules, and tables of our own. A value
// made of them carries no outside text (`path.join(BASE, name)` needs only `name` checked), and a look-up in a
// table of our own by an outside key yields one of our entries, not the key (`VIEWS[$_GET['v']]`, `allowed[x]`).
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isConstant } from './stringShape';
import { FUNCTION_TYPES, IDENTIFIER_TYPES, ancestor, namedChildren, walk } from './walk';

const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;
/** Names the runtime fixes per file: the module's own directory and file. */
const FILE_CONSTANTS = /^(__dirname|__filename|__DIR__|__FILE__)$/;
/** Module values: `require('path')`, an imported package. */
const MODULE = /^(require|import)$/;
/** Literal collections, per grammar: their entries are written in the code. */
const COLLECTION =
  /^(dictionary|list|set|tuple|object|array|composite_literal|literal_value|array_creation_expression)$/;
/** Collection entries whose key and value are both literals. */
const ENTRY = /^(pair|keyed_element|array_element_initializer|literal_element|element)$/;

/** `new Set([...])`, `new Map([[k, v]])`, `Object.freeze({...})`, `frozenset({...})`: a literal in a wrapper. */
function unwrap(node: SyntaxNode): SyntaxNode {
  if (/^(new_expression|call_expression|call)$/.test(node.type)) {
    const callee = (node.childForFieldName('constructor') ?? node.childForFieldName('function'))?.text ?? '';
    const args = node.childForFieldName('arguments');
    const first = namedChildren(args)[0];
    if (/^(Set|Map|Object\.freeze|frozenset|set|dict|tuple)$/.test(callee) && first && namedChildren(args).length === 1)
      return unwrap(first);
  }
  return node;
}

const LITERAL_WORD = /^(true|false|nil|null|None|True|False|\{\})$/;
const NUMBER = /^(integer|int_literal|float|float_literal|number)$/;

/** A literal entry: a constant, a nested literal collection, or a key-value pair of them. */
function literalPart(n: SyntaxNode): boolean {
  if (isConstant(n) || LITERAL_WORD.test(n.text) || NUMBER.test(n.type) || n.type === 'comment') return true;
  // A pair's key is a literal or a bare property name (`{ home: 'Home' }`): only its value needs to be one.
  const value = n.type === 'pair' ? n.childForFieldName('value') : null;
  if (value) return literalPart(value);
  if (ENTRY.test(n.type)) return namedChildren(n).every(literalPart);
  return literalCollection(n);
}

/** A literal collection of constants (entries may be nested literal lists, as in `new Map([["a", 1]])`). */
export function literalCollection(node: SyntaxNode): boolean {
  const n = unwrap(node);
  if (n.type === 'composite_literal') {
    const body = n.childForFieldName('body');
    return body !== null && literalCollection(body);
  }
  return COLLECTION.test(n.type) && namedChildren(n).every(literalPart);
}

/** Every binding of `name` at file level (outside functions): the values assigned to it; indexed once per analysis. */
function fileValues(name: string, ctx: RuleContext): SyntaxNode[] | null {
  const key = 'fileBindings:values';
  let byName = ctx.memo.get(key) as Map<string, SyntaxNode[]> | undefined;
  if (!byName) {
    byName = new Map();
    for (const a of ctx.assignments(ctx.root)) {
      const value = a.value.type === 'expression_list' ? (namedChildren(a.value)[0] ?? a.value) : a.value;
      for (const n of a.names) byName.set(n, [...(byName.get(n) ?? []), value]);
    }
    ctx.memo.set(key, byName);
  }
  return byName.get(name) ?? null;
}

/** Names bound by import statements at file level (`import path from 'path'`, `import { join } from 'path'`). */
function importedNames(ctx: RuleContext): Set<string> {
  const key = 'fileBindings:imports';
  let found = ctx.memo.get(key) as Set<string> | undefined;
  if (found) return found;
  found = new Set();
  for (const stmt of namedChildren(ctx.root))
    if (stmt.type === 'import_statement') for (const n of walk(stmt)) if (n.type === 'identifier') found.add(n.text);
  ctx.memo.set(key, found);
  return found;
}

/** The table is written to somewhere (`t[k] = v`, `t.set(...)`, `t.push(...)`, `$t[] = v`): not ours alone. */
export function tableWritten(name: string, ctx: RuleContext): boolean {
  const key = `fileBindings:written:${name}`;
  const cached = ctx.memo.get(key) as boolean | undefined;
  if (cached !== undefined) return cached;
  const escaped = name.replace(/\$/g, '\\$');
  const writes = new RegExp(
    `${escaped}\\s*\\[[^\\]]*\\]\\s*=[^=]|${escaped}\\s*(\\.|->)\\s*(set|add|push|unshift|splice|put|update|setdefault)\\s*\\(`,
  ).test(ctx.code);
  ctx.memo.set(key, writes);
  return writes;
}

/** `name` is bound in a function or as one of its parameters: a local, not the file's binding. */
function local(name: string, at: SyntaxNode, ctx: RuleContext): boolean {
  for (let fn = ancestor(at, FUNCTION_TYPES); fn; fn = ancestor(fn, FUNCTION_TYPES)) {
    if (ctx.assignmentsTo(fn, name).length > 0) return true;
    const params = fn.childForFieldName('parameters');
    if (params && [...walk(params)].some((n) => IDENTIFIER_TYPES.has(n.type) && n.text === name)) return true;
  }
  return false;
}

/**
 * An identifier the function reads from the file: a constant (`const baseDir = "/srv"`), a module (`path`), the
 * file's own directory. Its value is the code's, not the input's.
 */
export function fileConstant(id: SyntaxNode, ctx: RuleContext): boolean {
  if (FILE_CONSTANTS.test(id.text)) return true;
  if (local(id.text, id, ctx)) return false;
  if (importedNames(ctx).has(id.text)) return true;
  const values = fileValues(id.text, ctx);
  if (!values) return false;
  return values.every((v) => {
    if (isConstant(v)) return true;
    const callee = (v.childForFieldName('function') ?? null)?.text ?? '';
    return /^(call_expression|call)$/.test(v.type) && MODULE.test(callee);
  });
}

/**
 * A table of our own: a literal collection, an ALL_CAPS name, or a name bound (in the function or the file) only
 * to literal collections of constants and never written to.
 */
export function ownTable(operand: SyntaxNode | null, ctx: RuleContext): boolean {
  if (!operand) return false;
  if (literalCollection(operand)) return true;
  if (!IDENTIFIER_TYPES.has(operand.type) && operand.type !== 'name') return false;
  if (CONSTANT_NAME.test(operand.text.replace(/^\$/, ''))) return !tableWritten(operand.text, ctx);
  const fn = ancestor(operand, FUNCTION_TYPES);
  // Asked for every look-up the taint engine visits: memoised per name and function, so a long function stays linear.
  const key = `fileBindings:own:${fn?.startIndex ?? -1}:${operand.text}`;
  const cached = ctx.memo.get(key) as boolean | undefined;
  if (cached !== undefined) return cached;
  const own = ownBinding(operand, fn, ctx);
  ctx.memo.set(key, own);
  return own;
}

function ownBinding(operand: SyntaxNode, fn: SyntaxNode | null, ctx: RuleContext): boolean {
  const inFunction = fn ? ctx.assignmentsTo(fn, operand.text) : [];
  const values =
    inFunction.length > 0
      ? inFunction.map((a) => (a.value.type === 'expression_list' ? (namedChildren(a.value)[0] ?? a.value) : a.value))
      : fileValues(operand.text, ctx);
  return values !== null && values.length > 0 && values.every(literalCollection) && !tableWritten(operand.text, ctx);
}
