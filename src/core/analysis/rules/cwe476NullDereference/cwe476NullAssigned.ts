// CWE-476 through a pointer the function itself set to NULL: `p = NULL;` (or `T *p = nullptr;`) is the last value p
// receives before `p->f`, `*p` or `p[i]`, and p is not mentioned in between (no test, no hand-over, no `&p`).
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { lastValueBefore } from '../../ruleParts/cLastValue';
import { FUNCTION_TYPES, ancestor, contains, walk } from '../../walk';
import { declarationsOf } from '../../cDeclarations';
import { inUnevaluatedOperand } from '../../ruleParts/cUnevaluated';

const NULL_VALUE = /^\(?\s*(NULL|nullptr|0|\(\s*\w+\s*\*\s*\)\s*(NULL|0))\s*\)?$/;

/** The pointer a dereference goes through: `p` in `p->f`, `*p`, `p[i]`. */
function dereferenced(node: SyntaxNode): SyntaxNode | null {
  if (node.type === 'field_expression' && node.childForFieldName('operator')?.text === '->')
    return node.childForFieldName('argument');
  if (node.type === 'pointer_expression' && node.childForFieldName('operator')?.text === '*')
    return node.childForFieldName('argument');
  if (node.type === 'subscript_expression') return node.childForFieldName('argument');
  return null;
}

function derefOfNull(node: SyntaxNode, ctx: RuleContext): boolean {
  const target = dereferenced(node);
  if (target?.type !== 'identifier') return false;
  const fn = ancestor(node, FUNCTION_TYPES);
  const value = lastValueBefore(target.text, node, ctx);
  if (!fn || !value || !NULL_VALUE.test(value.text)) return false;
  // A local pointer, set to NULL in a block that encloses the dereference (not on a branch that leaves).
  if (!declarationsOf(node, ctx).some((d) => d.name === target.text && d.indirect && !d.parameter)) return false;
  let stmt: SyntaxNode | null = value.parent;
  while (stmt?.parent && stmt.parent.type !== 'compound_statement') {
    // `if (failed) p = NULL;` sets it on one branch only.
    if (/^(if_statement|else_clause|case_statement|conditional_expression)$/.test(stmt.parent.type)) return false;
    stmt = stmt.parent;
  }
  if (!stmt?.parent || !contains(stmt.parent, node)) return false;
  // Inside a loop that also gives the pointer a value, an earlier iteration may have set it.
  for (let loop = node.parent; loop && loop !== fn; loop = loop.parent)
    if (
      /^(for|while|do)_statement$/.test(loop.type) &&
      ctx.assignments(fn).some((a) => contains(loop, a.node) && a.names.includes(target.text))
    )
      return false;
  // Any mention between the NULL and the dereference (a test, a call that fills it, `&p`) may change the story.
  for (const id of walk(fn)) {
    if (id.startIndex <= value.endIndex) continue;
    if (id.startIndex >= target.startIndex) break;
    if (id.type === 'identifier' && id.text === target.text && !inUnevaluatedOperand(id)) return false;
  }
  return true;
}

export const cNullAssignedDeref: QueryRule = {
  id: 'c-null-assigned-deref',
  cwe: 'CWE-476',
  severity: 'error',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: {
    c: '[(field_expression) (pointer_expression) (subscript_expression)] @hit',
    cpp: '[(field_expression) (pointer_expression) (subscript_expression)] @hit',
  },
  message: 'The pointer was set to NULL and nothing gave it another value before this dereference.',
  fix: 'Point it at a real object (or allocate one and check the result) before using it, or test it for NULL first.',
  // `sizeof(*p)` names p's pointee type only: nothing is read (`if (len < sizeof(*cfg)) return;` with cfg = NULL).
  predicate: ({ hit }, ctx) => !!hit && !inUnevaluatedOperand(hit) && derefOfNull(hit, ctx),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe476NullAssigned: readonly Rule[] = [cNullAssignedDeref];
