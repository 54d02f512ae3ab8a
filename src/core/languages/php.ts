// PHP: everything the playground knows about the language (see LanguageSpec).
import { hint } from './languageHint';
import { defineLanguage } from './LanguageSpec';
import type { SlicingSpec } from './SlicingSpec';

/** PHP node types for the PDG builder */
const slicing: SlicingSpec = {
  functions: ['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function'],
  blocks: ['program', 'compound_statement', 'declaration_list', 'switch_block', 'colon_block'],
  compounds: [
    'if_statement',
    'else_if_clause',
    'else_clause',
    'for_statement',
    'foreach_statement',
    'while_statement',
    'do_statement',
    'switch_statement',
    'case_statement',
    'default_statement',
    'try_statement',
    'catch_clause',
    'finally_clause',
    'class_declaration',
    'interface_declaration',
    'trait_declaration',
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

export const php = defineLanguage({
  id: 'php',
  name: 'PHP',
  extensions: ['.php'],
  fenceAliases: ['php'],
  grammar: { package: 'tree-sitter-php', file: 'tree-sitter-php.wasm' },
  monaco: 'php',
  family: 'php',
  tree: {
    calls: [
      'function_call_expression',
      'member_call_expression',
      'scoped_call_expression',
      'object_creation_expression',
    ],
    imports: ['namespace_use_declaration'],
    // `name` also covers function, class and method names (`make_api_key`), which say what the code is for.
    identifiers: ['variable_name', 'name'],
    // Backticks run a shell command exactly as shell_exec() does.
    constructs: {
      include_expression: 'include',
      include_once_expression: 'include_once',
      require_expression: 'require',
      require_once_expression: 'require_once',
      echo_statement: 'echo',
      print_intrinsic: 'print',
      shell_command_expression: 'shell_exec',
    },
    // Where request data, the session and WordPress's database object live.
    apiVariables: /^\$(_(GET|POST|REQUEST|FILES|COOKIE|SERVER|SESSION|ENV)|HTTP_RAW_POST_DATA|wpdb)$/,
  },
  sources: {
    // Superglobals, the raw body, and Laravel's request object, request() helper and Request facade.
    request:
      /\$_(GET|POST|REQUEST|COOKIE|FILES|SERVER)\b|php:\/\/input|\$request->(input|query|post|get|all|cookie|header|route|json)\s*\(|\brequest\(\s*\)->\w+\s*\(|^request\(|\bRequest::(input|query|get|all|post)\s*\(/,
    local: /\$argv\b|getenv\(/,
  },
  slicing,
  detection: {
    requires: /<\?(php|=)/,
    hints: [hint('<?php', /<\?php/, 3), hint('$variable', /\$\w+/)],
  },
  sample: '<?php\nfunction show($name) {\n  echo htmlspecialchars($name);\n}\n',
});
