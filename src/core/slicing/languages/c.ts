// C grammar node types for the PDG builder (C++ extends this table).
import type { SlicingSpec } from '../SlicingSpec';

export const c: SlicingSpec = {
  functions: ['function_definition'],
  blocks: ['translation_unit', 'compound_statement', 'ERROR'],
  compounds: [
    'if_statement', 'else_clause', 'for_statement', 'while_statement', 'do_statement', 'switch_statement',
    'case_statement', 'labeled_statement', 'preproc_if', 'preproc_ifdef', 'preproc_else', 'preproc_elif',
    'preproc_elifdef',
  ],
  loops: ['for_statement', 'while_statement', 'do_statement'],
  identifiers: ['identifier'],
  paths: { field_expression: ['argument', 'field'] },
  calls: { call_expression: 'function' },
  defines: {
    assignment_expression: ['left'],
    declaration: ['declarator'],
    update_expression: ['argument'],
  },
  updates: ['update_expression'],
  writeBase: {
    subscript_expression: 'argument',
    pointer_expression: 'argument',
    array_declarator: 'declarator',
    pointer_declarator: 'declarator',
    init_declarator: 'declarator',
  },
  parameterFields: ['parameters'],
  parameterSkipFields: ['type', 'default_value', 'size'],
  labels: {},
  addressOf: 'pointer_expression',
  writesFirstArgument: [
    'strcpy', 'strncpy', 'strcat', 'strncat', 'strlcpy', 'strlcat', 'memcpy', 'memmove', 'memset',
    'sprintf', 'snprintf', 'vsprintf', 'vsnprintf', 'gets', 'fgets', 'bzero',
  ],
  comment: '//',
  braces: true,
};
