// Assignments inside a function, language-neutral: which names receive which expression.
import type { SyntaxNode } from '../languages/SyntaxTree';
import { IDENTIFIER_TYPES, walk, FUNCTION_TYPES } from './walk';

export interface Assignment {
  names: string[];
  value: SyntaxNode;
  node: SyntaxNode;
  /** `+=` and friends add to the old value rather than replace it. */
  augmented: boolean;
}

/** [node type, field of the target, field of the value] for each assignment-like construct. */
const FORMS: Record<string, [string, string]> = {
  assignment: ['left', 'right'],
  augmented_assignment: ['left', 'right'],
  variable_declarator: ['name', 'value'],
  assignment_expression: ['left', 'right'],
  augmented_assignment_expression: ['left', 'right'],
  init_declarator: ['declarator', 'value'],
  short_var_declaration: ['left', 'right'],
  assignment_statement: ['left', 'right'],
  var_spec: ['name', 'value'],
  const_spec: ['name', 'value'],
  for_statement: ['left', 'right'],
  for_in_statement: ['left', 'right'],
  let_declaration: ['pattern', 'value'],
  let_condition: ['pattern', 'value'],
};

const PATH_TYPES: ReadonlySet<string> = new Set([
  'attribute',
  'member_expression',
  'field_expression',
  'field_access',
  'selector_expression',
  'member_access_expression',
]);

/** Names written by an assignment target: plain names, `self.x` style paths, names inside patterns. */
export function targetNames(target: SyntaxNode): string[] {
  if (IDENTIFIER_TYPES.has(target.type)) return [target.text];
  if (PATH_TYPES.has(target.type)) return [target.text.replace(/\s+/g, '')];
  const names: string[] = [];
  for (const node of walk(target)) {
    if (node.type === 'subscript' || node.type === 'subscript_expression') {
      const base = node.namedChildren[0];
      if (base) names.push(base.text);
      break;
    }
    // Rust `Some(x)` / `Ok(v)` patterns: the constructor's name is not bound.
    if (
      node.parent?.type === 'tuple_struct_pattern' &&
      node.parent.childForFieldName('type')?.startIndex === node.startIndex
    )
      continue;
    if (IDENTIFIER_TYPES.has(node.type)) names.push(node.text);
  }
  return names;
}

/** Every assignment in `scope`, excluding those inside nested functions. */
export function assignmentsIn(scope: SyntaxNode): Assignment[] {
  const result: Assignment[] = [];
  const nested = (n: SyntaxNode): boolean => n !== scope && FUNCTION_TYPES.has(n.type) && n.type !== 'arrow_function';
  for (const node of walk(scope, nested)) {
    const form = FORMS[node.type];
    if (!form) continue;
    const target = node.childForFieldName(form[0]);
    const value = node.childForFieldName(form[1]);
    if (!target || !value) continue;
    const operator = node.childForFieldName('operator')?.text ?? '=';
    const augmented = node.type.startsWith('augmented') || (operator !== '=' && operator !== ':=');
    result.push({ names: targetNames(target), value, node, augmented });
  }
  return result;
}
