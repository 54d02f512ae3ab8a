// JavaScript: everything the playground knows about the language (see LanguageSpec).
import { hint } from './languageHint';
import { defineLanguage } from './LanguageSpec';
import type { SlicingSpec } from './SlicingSpec';

/** JavaScript node types for the PDG builder (TypeScript extends this table) */
const slicing: SlicingSpec = {
  functions: [
    'function_declaration',
    'function_expression',
    'arrow_function',
    'method_definition',
    'generator_function_declaration',
    'generator_function',
  ],
  blocks: ['program', 'statement_block', 'class_body', 'switch_body'],
  compounds: [
    'if_statement',
    'else_clause',
    'for_statement',
    'for_in_statement',
    'while_statement',
    'do_statement',
    'switch_statement',
    'switch_case',
    'switch_default',
    'try_statement',
    'catch_clause',
    'finally_clause',
    'labeled_statement',
    'class_declaration',
    'class',
  ],
  loops: ['for_statement', 'for_in_statement', 'while_statement', 'do_statement'],
  identifiers: ['identifier', 'shorthand_property_identifier', 'shorthand_property_identifier_pattern', 'this'],
  paths: { member_expression: ['object', 'property'] },
  calls: { call_expression: 'function', new_expression: 'constructor' },
  defines: {
    assignment_expression: ['left'],
    augmented_assignment_expression: ['left'],
    variable_declarator: ['name'],
    update_expression: ['argument'],
    for_in_statement: ['left'],
    catch_clause: ['parameter'],
  },
  updates: ['augmented_assignment_expression', 'update_expression'],
  writeBase: { subscript_expression: 'object', assignment_pattern: 'left', pair_pattern: 'value' },
  parameterFields: ['parameters', 'parameter'],
  parameterSkipFields: ['type', 'value', 'right'],
  labels: {},
  writesFirstArgument: [],
  comment: '//',
  braces: true,
};

export const javascript = defineLanguage({
  id: 'javascript',
  name: 'JavaScript',
  extensions: ['.js', '.mjs', '.cjs', '.jsx'],
  fenceAliases: ['javascript', 'js', 'node', 'jsx'],
  grammar: { package: 'tree-sitter-javascript', file: 'tree-sitter-javascript.wasm' },
  monaco: 'javascript',
  family: 'js-family',
  tree: {
    calls: ['call_expression', 'new_expression'],
    imports: ['import_statement'],
    // CommonJS `require('child_process')` and dynamic `import('fs')` load a module by a string argument.
    importCalls: /^(require|import)$/,
    identifiers: ['identifier', 'property_identifier'],
  },
  sources: {
    request:
      /^(req|request)\.(query|params|body|cookies|headers|url|path|originalUrl|get|header|payload|nextUrl|json\(|formData\(|text\()|^(ctx|context)\.(query|params|querystring|request|cookies|headers|get\(|path|url|href)\b|^c\.req\.(query|param|queries|json|header|parseBody|formData|text)\(|^(location|window\.location|document\.location)\.(search|hash|href)|^document\.(URL|cookie|referrer)|^(event|e)\.data$|URLSearchParams/,
    local: /^process\.(argv|env)\b|\.readFileSync\(|^prompt\(/,
  },
  slicing,
  detection: {
    hints: [
      hint('const / let', /^\s*(const|let)\s+[\w{[]/m),
      hint('function / arrow', /\bfunction\b|=>/),
      hint('require( / module.exports', /\brequire\s*\(|module\.exports/, 2),
      hint('console.log', /\bconsole\.\w+\s*\(/),
    ],
  },
  sample: "import fs from 'fs';\n\nexport function read(name) {\n  return fs.readFileSync(name, 'utf8');\n}\n",
});
