// Branches a C/C++ file fixes by construction: `if (1)`, `if (GLOBAL_CONST_TRUE)` (a `#define`d number), `if
// (static_five == 5)` (a file-level variable with a constant initialiser that nothing in the file assigns again),
// `if (global_returns_true())` (a function of the file whose whole body returns a constant). Code written in the
// style of test suites steers data with such branches; a path-sensitive rule that took them for real choices would
// see writes that "may not happen" and reads that "may be reached" where neither is true.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { walk } from '../walk';

interface FileConstants {
  values: Map<string, number>;
  functions: Map<string, number>;
}

const byRoot = new WeakMap<SyntaxNode, FileConstants>();

function literalNumber(node: SyntaxNode | null | undefined): number | null {
  const text =
    node?.text
      .trim()
      .replace(/^\((.*)\)$/, '$1')
      .trim() ?? '';
  if (/^-?\d+[uUlL]*$/.test(text)) return Number.parseInt(text, 10);
  if (text === 'true') return 1;
  if (text === 'false') return 0;
  return null;
}

function fileConstants(root: SyntaxNode): FileConstants {
  const cached = byRoot.get(root);
  if (cached) return cached;
  const values = new Map<string, number>();
  const functions = new Map<string, number>();
  const assigned = new Set<string>();
  for (const n of walk(root)) {
    if (n.type === 'preproc_def') {
      const v = literalNumber(n.childForFieldName('value'));
      const name = n.childForFieldName('name')?.text;
      if (name && v !== null) values.set(name, v);
    } else if (n.type === 'declaration' && n.parent?.type === 'translation_unit') {
      for (const d of n.childrenForFieldName('declarator')) {
        const id = d?.type === 'init_declarator' ? d.childForFieldName('declarator') : null;
        const v = literalNumber(d?.childForFieldName('value'));
        if (id?.type === 'identifier' && v !== null) values.set(id.text, v);
      }
    } else if (n.type === 'assignment_expression' || n.type === 'update_expression') {
      const target = n.childForFieldName('left') ?? n.childForFieldName('argument');
      if (target?.type === 'identifier') assigned.add(target.text);
    } else if (n.type === 'function_definition') {
      const name = n.childForFieldName('declarator')?.childForFieldName('declarator')?.text;
      const body = n.childForFieldName('body')?.namedChildren.filter((c) => c?.type !== 'comment') ?? [];
      const only = body.length === 1 && body[0]?.type === 'return_statement' ? body[0] : null;
      const v = literalNumber(only?.namedChildren[0]);
      if (name && v !== null) functions.set(name, v);
    }
  }
  // `&x` hands the variable to code that may write it.
  for (const n of walk(root))
    if (n.type === 'pointer_expression' && n.text.startsWith('&'))
      assigned.add(n.childForFieldName('argument')?.text ?? '');
  for (const name of assigned) values.delete(name);
  const found = { values, functions };
  byRoot.set(root, found);
  return found;
}

function rootOf(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
}

/** The value of a condition the file fixes, or null when it depends on anything at run time. */
export function constantCondition(cond: SyntaxNode | null | undefined): number | null {
  if (!cond) return null;
  let e = cond;
  while (/^(parenthesized_expression|condition_clause)$/.test(e.type) && e.namedChildren.length === 1)
    e = e.namedChildren[0] ?? e;
  const literal = literalNumber(e);
  if (literal !== null) return literal;
  const file = fileConstants(rootOf(e));
  if (e.type === 'identifier') return file.values.get(e.text) ?? null;
  if (e.type === 'call_expression' && (e.childForFieldName('arguments')?.namedChildren.length ?? 1) === 0)
    return file.functions.get(e.childForFieldName('function')?.text ?? '') ?? null;
  if (e.type === 'unary_expression' && e.childForFieldName('operator')?.text === '!') {
    const v = constantCondition(e.childForFieldName('argument'));
    return v === null ? null : Number(v === 0);
  }
  if (e.type === 'binary_expression') {
    const l = constantCondition(e.childForFieldName('left'));
    const r = constantCondition(e.childForFieldName('right'));
    if (l === null || r === null) return null;
    const op = e.childForFieldName('operator')?.text;
    const table: Record<string, boolean> = {
      '==': l === r,
      '!=': l !== r,
      '<': l < r,
      '>': l > r,
      '<=': l <= r,
      '>=': l >= r,
      '&&': !!l && !!r,
      '||': !!l || !!r,
    };
    return op && op in table ? Number(table[op]) : null;
  }
  return null;
}

/** `child` is the branch of `ifNode` that always runs (the consequence of a constant-true condition, or the
 * alternative of a constant-false one). */
export function alwaysTakenBranch(ifNode: SyntaxNode, child: SyntaxNode): boolean {
  if (ifNode.type !== 'if_statement') return false;
  const v = constantCondition(ifNode.childForFieldName('condition'));
  if (v === null) return false;
  const branch = v ? ifNode.childForFieldName('consequence') : ifNode.childForFieldName('alternative');
  return (
    !!branch &&
    (branch.startIndex === child.startIndex || branch.namedChildren.some((c) => c?.startIndex === child.startIndex))
  );
}
