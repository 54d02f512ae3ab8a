// PHP grammar node types for the PDG builder.
import type { SlicingSpec } from '../SlicingSpec';

export const php: SlicingSpec = {
  functions: ['function_definition', 'method_declaration', 'anonymous_function', 'anonymous_function_creation_expression', 'arrow_function'],
  blocks: ['program', 'compound_statement', 'declaration_list', 'switch_block', 'colon_block'],
  compounds: [
    'if_statement', 'else_if_clause', 'else_clause', 'for_statement', 'foreach_statement', 'while_statement',
    'do_statement', 'switch_statement', 'case_statement', 'default_statement', 'try_statement', 'catch_clause',
    'finally_clause', 'class_declaration', 'interface_declaration', 'trait_declaration',
  ],
  loops: ['for_statement', 'foreach_statement', 'while_statement', 'do_statement'],
  identifiers: ['variable_name'],
  paths: {
    member_access_expression: ['object', 'name'],
    nullsafe_member_access_expression: ['object', 'name'],
    scoped_property_access_expression: ['scope', 'name'],
  },
  calls: {
    function_call_expression: 'function',
    member_call_expression: ['object', 'name'],
    nullsafe_member_call_expression: ['object', 'name'],
    scoped_call_expression: ['scope', 'name'],
    object_creation_expression: '#0',
  },
  defines: {
    assignment_expression: ['left'],
    augmented_assignment_expression: ['left'],
    reference_assignment_expression: ['left'],
    update_expression: ['argument'],
    foreach_statement: ['#1'],
    catch_clause: ['name'],
  },
  updates: ['augmented_assignment_expression', 'update_expression'],
  writeBase: { subscript_expression: '#0', pair: '*' },
  parameterFields: ['parameters'],
  parameterSkipFields: ['type', 'default_value', 'attributes'],
  labels: {},
  writesFirstArgument: [],
  comment: '//',
  braces: true,
};
