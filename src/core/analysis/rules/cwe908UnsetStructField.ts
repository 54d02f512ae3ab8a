// CWE-908 through a struct field: a local struct declared without an initialiser has some fields set and another
// read before anything set it (no `s.f = ...`, no whole-struct write, `&s` or hand-over before the read; reads of
// other fields do not matter).
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { FUNCTION_TYPES, ancestor, walk } from '../walk';

/** The plain (non-pointer, uninitialised, non-static) local declaration of `name` with a struct-like type. */
function uninitialisedStruct(name: string, fn: SyntaxNode): SyntaxNode | null {
  for (const n of walk(fn)) {
    if (n.type !== 'declaration' || /^static\b/.test(n.text)) continue;
    const type = n.childForFieldName('type');
    if (!type || !/^(type_identifier|struct_specifier)$/.test(type.type)) continue;
    if (n.childrenForFieldName('declarator').some((d) => d?.type === 'identifier' && d.text === name)) return n;
  }
  return null;
}

/** Calls that only read their arguments (printing); any other callee may fill a field handed to it. */
const PRINTING = /^(printf|fprintf|wprintf|puts|fputs|print\w*)$/;

/**
 * The field's value is consumed where it stands: printed, stored, returned, computed with or tested; not a path
 * into a nested field or array element, `&s.f`, or an argument a callee may fill.
 */
function readsValue(hit: SyntaxNode, parent: SyntaxNode): boolean {
  if (parent.type === 'argument_list') return PRINTING.test(parent.parent?.childForFieldName('function')?.text ?? '');
  if (parent.type === 'assignment_expression') return parent.childForFieldName('right')?.startIndex === hit.startIndex;
  return /^(init_declarator|return_statement|binary_expression|parenthesized_expression|condition_clause)$/.test(
    parent.type,
  );
}

/**
 * The declared type is a struct this file defines with the field (`struct t { ... }` or `typedef struct { ... } t;`).
 * A type from a header may be a union, whose members share storage, so it says nothing.
 */
function structDefinedHere(decl: SyntaxNode, field: string): boolean {
  const type = decl.childForFieldName('type');
  const name = (type?.type === 'struct_specifier' ? type.childForFieldName('name')?.text : type?.text) ?? '';
  let root = decl;
  while (root.parent) root = root.parent;
  for (const n of walk(root)) {
    if (n.type !== 'struct_specifier' || !n.childForFieldName('body')) continue;
    const named = n.childForFieldName('name')?.text === name;
    const typedefed = n.parent?.type === 'type_definition' && n.parent.childForFieldName('declarator')?.text === name;
    if ((named || typedefed) && new RegExp(`\\b${field}\\b`).test(n.childForFieldName('body')?.text ?? '')) return true;
  }
  return false;
}

function unsetFieldRead(hit: SyntaxNode): boolean {
  if (hit.childForFieldName('operator')?.text !== '.') return false;
  const base = hit.childForFieldName('argument');
  const field = hit.childForFieldName('field')?.text;
  const parent = hit.parent;
  if (base?.type !== 'identifier' || !field) return false;
  if (parent?.type === 'assignment_expression' && parent.childForFieldName('left')?.startIndex === hit.startIndex)
    return false;
  if (!parent || !readsValue(hit, parent)) return false;
  const fn = ancestor(hit, FUNCTION_TYPES);
  const decl = fn ? uninitialisedStruct(base.text, fn) : null;
  if (!fn || !decl || !structDefinedHere(decl, field)) return false;
  let setFields = 0;
  for (const n of walk(fn)) {
    if (n.startIndex <= decl.endIndex) continue;
    if (n.startIndex >= hit.startIndex) break;
    if (n.type !== 'identifier' || n.text !== base.text) continue;
    const use = n.parent;
    // Only `s.g = value` with a field other than the one read may come before; anything else may set it.
    const assigned =
      use?.type === 'field_expression' &&
      use.parent?.type === 'assignment_expression' &&
      use.parent.childForFieldName('left')?.startIndex === use.startIndex;
    const fieldRead = use?.type === 'field_expression' && use.parent?.type !== 'pointer_expression' && !assigned;
    if (fieldRead && use.childForFieldName('field')?.text !== field) continue;
    if (!assigned || use.childForFieldName('field')?.text === field) return false;
    setFields += 1;
  }
  return setFields > 0;
}

export const cUnsetStructField: QueryRule = {
  id: 'c-unset-struct-field',
  cwe: 'CWE-908',
  severity: 'warning',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: { c: '(field_expression) @hit', cpp: '(field_expression) @hit' },
  message: 'This field of a local struct is read, but only other fields were set: it holds whatever was on the stack.',
  fix: 'Initialise the whole struct where it is declared (= {0}) or set every field before it is read.',
  guardable: false,
  predicate: ({ hit }) => !!hit && unsetFieldRead(hit),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe908UnsetStructField: readonly Rule[] = [cUnsetStructField];
