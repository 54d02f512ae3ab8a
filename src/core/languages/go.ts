// Go: everything the playground knows about the language (see LanguageSpec).
import { hint } from './languageHint';
import { defineLanguage } from './LanguageSpec';
import type { SlicingSpec } from './SlicingSpec';

/** Go node types for the PDG builder */
const slicing: SlicingSpec = {
  functions: ['function_declaration', 'method_declaration', 'func_literal'],
  blocks: ['source_file', 'block', 'statement_list'],
  compounds: [
    'if_statement',
    'for_statement',
    'expression_switch_statement',
    'type_switch_statement',
    'select_statement',
    'expression_case',
    'default_case',
    'type_case',
    'communication_case',
    'labeled_statement',
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

export const go = defineLanguage({
  id: 'go',
  name: 'Go',
  extensions: ['.go'],
  fenceAliases: ['go', 'golang'],
  grammar: { package: 'tree-sitter-go', file: 'tree-sitter-go.wasm' },
  monaco: 'go',
  family: 'go',
  tree: {
    calls: ['call_expression'],
    imports: ['import_declaration', 'import_spec'],
    identifiers: ['identifier', 'field_identifier', 'type_identifier'],
  },
  sources: {
    // Headers of a reply (`resp.Header.Get`) come from the server the program called, not from its client.
    request:
      /(?<!\b(?:resp|res|rsp|response|Response))\.Header\.Get|\.(URL\.Query\(\)|FormValue|PostFormValue|Form\.Get|PostForm\.Get|URL\.Path|URL\.RawQuery|Cookie\()|mux\.Vars\(|\.Param\(|\.Query\(|\.PostForm\(|\.(QueryParam|QueryParams|Params|DefaultQuery|GetQuery|DefaultPostForm|GetPostForm|GetHeader|PathValue|FormParams|QueryArray|PostFormArray)\(|\b(r|req|request)\.Body\b|\.Request\.Body\b/,
    local: /^os\.Args\b|^os\.Getenv\(|\.ReadString\(|\.Scan\(|bufio\.NewScanner|^flag\.(Arg|Args|String|StringVar)\(/,
  },
  slicing,
  detection: {
    hints: [
      hint('package', /^\s*package\s+\w+\s*$/m, 2),
      hint('func', /^\s*func\s+(\(\w+\s+\*?\w+\)\s*)?\w+\s*\(/m, 2),
      hint(':=', /\w\s*:=\s*/),
      hint('err != nil', /\berr\s*!=\s*nil\b/),
    ],
  },
  sample: 'package main\n\nimport "os"\n\nfunc main() {\n\tos.Remove(os.Args[1])\n}\n',
});
