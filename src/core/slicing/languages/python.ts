// Python grammar node types for the PDG builder.
import type { SlicingSpec } from '../SlicingSpec';

export const python: SlicingSpec = {
  functions: ['function_definition'],
  blocks: ['module', 'block'],
  compounds: [
    'if_statement', 'elif_clause', 'else_clause', 'for_statement', 'while_statement', 'try_statement',
    'except_clause', 'except_group_clause', 'finally_clause', 'with_statement', 'match_statement',
    'case_clause', 'class_definition', 'decorated_definition',
  ],
  loops: ['for_statement', 'while_statement'],
  identifiers: ['identifier'],
  paths: { attribute: ['object', 'attribute'] },
  calls: { call: 'function' },
  defines: {
    assignment: ['left'],
    augmented_assignment: ['left'],
    for_statement: ['left'],
    for_in_clause: ['left'],
    as_pattern: ['alias'],
    named_expression: ['name'],
  },
  updates: ['augmented_assignment'],
  writeBase: { subscript: 'value' },
  parameterFields: ['parameters'],
  parameterSkipFields: ['type', 'value'],
  labels: { keyword_argument: 'name' },
  writesFirstArgument: [],
  comment: '#',
  braces: false,
};
