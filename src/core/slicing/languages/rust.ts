// Rust grammar node types (tree-sitter-rust 0.24) for the PDG builder.
import type { SlicingSpec } from '../SlicingSpec';

export const rust: SlicingSpec = {
  functions: ['function_item', 'closure_expression'],
  // Control flow is made of expressions wrapped in expression_statement: unwrapping it lets an
  // `if`/`match`/loop be a compound. unsafe and async blocks only scope their block.
  blocks: [
    'source_file',
    'block',
    'declaration_list',
    'expression_statement',
    'match_block',
    'unsafe_block',
    'async_block',
  ],
  compounds: [
    'if_expression',
    'else_clause',
    'match_expression',
    'match_arm',
    'for_expression',
    'while_expression',
    'loop_expression',
    'impl_item',
    'trait_item',
    'mod_item',
  ],
  loops: ['for_expression', 'while_expression', 'loop_expression'],
  identifiers: ['identifier', 'self', 'shorthand_field_identifier'],
  paths: { field_expression: ['value', 'field'], scoped_identifier: ['path', 'name'] },
  calls: { call_expression: 'function', macro_invocation: 'macro', struct_expression: 'name' },
  defines: {
    let_declaration: ['pattern'],
    let_condition: ['pattern'],
    for_expression: ['pattern'],
    // The pattern is the first child; a guard (`if z > 0`) is read, not written.
    match_pattern: ['#0'],
    assignment_expression: ['left'],
    compound_assignment_expr: ['left'],
    const_item: ['name'],
    static_item: ['name'],
  },
  updates: ['compound_assignment_expr'],
  writeBase: { index_expression: '#0', unary_expression: '#0' },
  parameterFields: ['parameters'],
  parameterSkipFields: ['type'],
  parameterSkipTypes: ['attribute_item', 'mutable_specifier'],
  // Loop labels (`'outer`) are not variables.
  labels: { label: '*' },
  outArguments: { types: ['reference_expression'], markers: ['mut'] },
  writesFirstArgument: [],
  comment: '//',
  braces: true,
};
