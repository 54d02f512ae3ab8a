// C++: everything the playground knows about the language (see LanguageSpec).
import { hint } from './languageHint';
import { defineLanguage } from './LanguageSpec';
import type { SlicingSpec } from './SlicingSpec';
import { c } from './c';

/** C++ node types: the C table plus classes, namespaces, lambdas, try and range-for */
const slicing: SlicingSpec = {
  ...c.slicing,
  functions: [...c.slicing.functions, 'lambda_expression'],
  blocks: [...c.slicing.blocks, 'declaration_list', 'field_declaration_list'],
  compounds: [
    ...c.slicing.compounds,
    'for_range_loop',
    'try_statement',
    'catch_clause',
    'namespace_definition',
    'class_specifier',
    'struct_specifier',
  ],
  loops: [...c.slicing.loops, 'for_range_loop'],
  identifiers: ['identifier', 'this'],
  paths: { ...c.slicing.paths, qualified_identifier: ['scope', 'name'] },
  defines: { ...c.slicing.defines, for_range_loop: ['declarator'] },
  writeBase: { ...c.slicing.writeBase, reference_declarator: '#0' },
};

export const cpp = defineLanguage({
  id: 'cpp',
  name: 'C++',
  extensions: ['.cpp', '.cc', '.cxx', '.hpp'],
  fenceAliases: ['cpp', 'c++', 'cc', 'cxx'],
  grammar: { package: 'tree-sitter-cpp', file: 'tree-sitter-cpp.wasm' },
  monaco: 'cpp',
  family: 'c-family',
  tree: {
    calls: ['call_expression', 'new_expression'],
    imports: ['preproc_include'],
    identifiers: ['identifier', 'field_identifier', 'type_identifier'],
    constructs: { delete_expression: 'delete' },
    typedDeclarations: ['declaration', 'field_declaration', 'parameter_declaration'],
  },
  sources: {
    request: null,
    local:
      /^(getenv|std::getenv|fgets|gets|scanf|fscanf|read|recv|recvfrom|fread|getline|std::getline)\(|^argv\b|^std::cin\b/,
  },
  slicing,
  detection: {
    hints: [
      hint('#include', /^\s*#\s*include\s*[<"]/m),
      hint('std::', /\bstd::/, 2),
      hint('C++ header', /#\s*include\s*<(iostream|string|vector|map|memory|fstream|sstream)>/, 2),
      hint('class / template / namespace', /^\s*(template\s*<|namespace\s+\w+|class\s+\w+\s*(:|\{))/m),
    ],
  },
  sample: '#include <cstdlib>\n\nint main() {\n  int *n = new int(3);\n  return std::system("ls") + *n;\n}\n',
});
