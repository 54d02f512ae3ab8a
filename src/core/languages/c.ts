// C: everything the playground knows about the language (see LanguageSpec).
import { hint } from './languageHint';
import { defineLanguage } from './LanguageSpec';
import type { SlicingSpec } from './SlicingSpec';

/** C node types for the PDG builder (C++ extends this table) */
const slicing: SlicingSpec = {
  functions: ['function_definition'],
  blocks: ['translation_unit', 'compound_statement', 'ERROR'],
  compounds: [
    'if_statement',
    'else_clause',
    'for_statement',
    'while_statement',
    'do_statement',
    'switch_statement',
    'case_statement',
    'labeled_statement',
    'preproc_if',
    'preproc_ifdef',
    'preproc_else',
    'preproc_elif',
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
    'strcpy',
    'strncpy',
    'strcat',
    'strncat',
    'strlcpy',
    'strlcat',
    'memcpy',
    'memmove',
    'memset',
    'sprintf',
    'snprintf',
    'vsprintf',
    'vsnprintf',
    'gets',
    'fgets',
    'bzero',
  ],
  comment: '//',
  braces: true,
};

export const c = defineLanguage({
  id: 'c',
  name: 'C',
  extensions: ['.c', '.h'],
  fenceAliases: ['c'],
  grammar: { package: 'tree-sitter-c', file: 'tree-sitter-c.wasm' },
  monaco: 'c',
  family: 'c-family',
  tree: {
    calls: ['call_expression'],
    imports: ['preproc_include'],
    identifiers: ['identifier', 'field_identifier', 'type_identifier'],
    // The library type of a declaration (`SSL_CTX *ctx`, `pthread_mutex_t lock`, `sqlite3 *db`) names what the
    // file works with before any call does; built-in types name nothing (treeApis.declaredType).
    typedDeclarations: ['declaration', 'field_declaration', 'parameter_declaration'],
  },
  sources: {
    request: null,
    local: /^(getenv|fgets|gets|scanf|fscanf|sscanf|read|recv|recvfrom|fread|getline)\(|^argv\b/,
  },
  slicing,
  detection: {
    hints: [
      hint('#include', /^\s*#\s*include\s*[<"]/m, 2),
      hint('C library call', /\b(printf|malloc|free|strcpy|strncpy|memcpy|fgets|sprintf|snprintf)\s*\(/),
      hint('int main(', /\bint\s+main\s*\(/),
    ],
  },
  sample: '#include <stdlib.h>\n\nint main(void) {\n  return system("ls");\n}\n',
});
