// C#: everything the playground knows about the language (see LanguageSpec).
import { hint } from './languageHint';
import { defineLanguage } from './LanguageSpec';
import type { SlicingSpec } from './SlicingSpec';

/** C# node types (tree-sitter-c-sharp 0.23) for the PDG builder */
const slicing: SlicingSpec = {
  functions: [
    'method_declaration',
    'constructor_declaration',
    'destructor_declaration',
    'local_function_statement',
    'operator_declaration',
    'conversion_operator_declaration',
    'accessor_declaration',
    'lambda_expression',
    'anonymous_method_expression',
  ],
  // Top-level statements sit in global_statement; unsafe/checked blocks only scope their block.
  blocks: [
    'compilation_unit',
    'global_statement',
    'block',
    'declaration_list',
    'switch_body',
    'unsafe_statement',
    'checked_statement',
  ],
  compounds: [
    'if_statement',
    'for_statement',
    'foreach_statement',
    'while_statement',
    'do_statement',
    'switch_statement',
    'switch_section',
    'try_statement',
    'catch_clause',
    'finally_clause',
    'using_statement',
    'lock_statement',
    'fixed_statement',
    'labeled_statement',
    'namespace_declaration',
    'class_declaration',
    'struct_declaration',
    'interface_declaration',
    'record_declaration',
  ],
  loops: ['for_statement', 'foreach_statement', 'while_statement', 'do_statement'],
  // `this`/`base` are anonymous tokens in member accesses; listing them makes `this.x` a path.
  identifiers: ['identifier', 'this', 'base', 'implicit_parameter'],
  paths: { member_access_expression: ['expression', 'name'] },
  calls: { invocation_expression: 'function', object_creation_expression: 'type' },
  defines: {
    assignment_expression: ['left'],
    // '#0' is the name or, for `var (a, b) = ...`, the tuple pattern (it has no field).
    variable_declarator: ['name', '#0'],
    declaration_expression: ['name'],
    declaration_pattern: ['name'],
    var_pattern: ['*'],
    foreach_statement: ['left'],
    catch_declaration: ['name'],
    prefix_unary_expression: ['#0'],
    postfix_unary_expression: ['#0'],
  },
  updates: ['prefix_unary_expression', 'postfix_unary_expression'],
  incrementOnly: ['prefix_unary_expression', 'postfix_unary_expression'],
  writeBase: { element_access_expression: 'expression', prefix_unary_expression: '#0' },
  parameterFields: ['parameters'],
  parameterSkipFields: ['type'],
  parameterSkipTypes: ['attribute_list', 'modifier'],
  // Named arguments (`name: x`), `?.Member`, the member name of a non-path access and types
  // (`Foo x`, `(Foo)x`: C# types are plain identifiers) are not variables.
  labels: {
    argument: 'name',
    member_binding_expression: 'name',
    member_access_expression: 'name',
    variable_declaration: 'type',
    cast_expression: 'type',
  },
  outArguments: { types: ['argument'], markers: ['out', 'ref'] },
  writesFirstArgument: [],
  comment: '//',
  braces: true,
};

export const csharp = defineLanguage({
  id: 'csharp',
  name: 'C#',
  extensions: ['.cs'],
  fenceAliases: ['csharp', 'cs', 'c#'],
  grammar: { package: 'tree-sitter-c-sharp', file: 'tree-sitter-c_sharp.wasm' },
  monaco: 'csharp',
  family: 'csharp',
  tree: {
    calls: ['invocation_expression', 'object_creation_expression'],
    imports: ['using_directive'],
    identifiers: ['identifier'],
  },
  sources: {
    request: null,
    local: null,
  },
  slicing,
  detection: {
    hints: [
      hint('using System', /^\s*using\s+System[\w.]*;/m, 2),
      hint('namespace / class', /^\s*(namespace\s+[\w.]+|(public\s+)?(static\s+)?class\s+\w+)/m),
      hint('Console.', /\bConsole\.\w+/),
      hint('string / var', /\b(var|string)\s+\w+\s*=/),
    ],
  },
  sample:
    'using System.IO;\n\nclass Files {\n  static string Read(string name) {\n    return File.ReadAllText(name);\n  }\n}\n',
});
