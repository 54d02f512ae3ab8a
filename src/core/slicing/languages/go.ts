// Go grammar node types for the PDG builder.
import type { SlicingSpec } from '../SlicingSpec';

export const go: SlicingSpec = {
  functions: ['function_declaration', 'method_declaration', 'func_literal'],
  blocks: ['source_file', 'block', 'statement_list'],
  compounds: [
    'if_statement', 'for_statement', 'expression_switch_statement', 'type_switch_statement', 'select_statement',
    'expression_case', 'default_case', 'type_case', 'communication_case', 'labeled_statement',
  ],
  loops: ['for_statement'],
  identifiers: ['identifier'],
  paths: { selector_expression: ['operand', 'field'] },
  calls: { call_expression: 'function' },
  defines: {
    assignment_statement: ['left'],
    short_var_declaration: ['left'],
    var_spec: ['name'],
    const_spec: ['name'],
    range_clause: ['left'],
    inc_statement: ['*'],
    dec_statement: ['*'],
    receive_statement: ['left'],
  },
  updates: ['inc_statement', 'dec_statement'],
  writeBase: { index_expression: 'operand', unary_expression: 'operand' },
  parameterFields: ['receiver', 'parameters'],
  parameterSkipFields: ['type'],
  labels: { keyed_element: '#0' },
  writesFirstArgument: [],
  comment: '//',
  braces: true,
};
