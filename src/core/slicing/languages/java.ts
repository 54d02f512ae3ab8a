// Java grammar node types for the PDG builder.
import type { SlicingSpec } from '../SlicingSpec';

export const java: SlicingSpec = {
  functions: ['method_declaration', 'constructor_declaration', 'compact_constructor_declaration', 'lambda_expression'],
  blocks: ['program', 'block', 'class_body', 'constructor_body', 'switch_block', 'interface_body', 'enum_body_declarations'],
  compounds: [
    'if_statement', 'for_statement', 'enhanced_for_statement', 'while_statement', 'do_statement',
    'switch_expression', 'switch_statement', 'switch_block_statement_group', 'switch_rule', 'try_statement',
    'try_with_resources_statement', 'catch_clause', 'finally_clause', 'synchronized_statement',
    'labeled_statement', 'class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration',
  ],
  loops: ['for_statement', 'enhanced_for_statement', 'while_statement', 'do_statement'],
  identifiers: ['identifier', 'this'],
  paths: { field_access: ['object', 'field'] },
  calls: { method_invocation: ['object', 'name'], object_creation_expression: 'type' },
  defines: {
    assignment_expression: ['left'],
    variable_declarator: ['name'],
    update_expression: ['*'],
    enhanced_for_statement: ['name'],
    catch_formal_parameter: ['name'],
    resource: ['name'],
  },
  updates: ['update_expression'],
  writeBase: { array_access: 'array' },
  parameterFields: ['parameters'],
  parameterSkipFields: ['type', 'dimensions'],
  labels: {},
  writesFirstArgument: [],
  comment: '//',
  braces: true,
};
