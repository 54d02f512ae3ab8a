// C++ grammar node types: the C table plus classes, namespaces, lambdas, try and range-for.
import type { SlicingSpec } from '../SlicingSpec';
import { c } from './c';

export const cpp: SlicingSpec = {
  ...c,
  functions: [...c.functions, 'lambda_expression'],
  blocks: [...c.blocks, 'declaration_list', 'field_declaration_list'],
  compounds: [
    ...c.compounds,
    'for_range_loop',
    'try_statement',
    'catch_clause',
    'namespace_definition',
    'class_specifier',
    'struct_specifier',
  ],
  loops: [...c.loops, 'for_range_loop'],
  identifiers: ['identifier', 'this'],
  paths: { ...c.paths, qualified_identifier: ['scope', 'name'] },
  defines: { ...c.defines, for_range_loop: ['declarator'] },
  writeBase: { ...c.writeBase, reference_declarator: '#0' },
};
