// Java: everything the playground knows about the language (see LanguageSpec).
import { hint } from './languageHint';
import { defineLanguage } from './LanguageSpec';
import type { SlicingSpec } from './SlicingSpec';

/** Java node types for the PDG builder */
const slicing: SlicingSpec = {
  functions: ['method_declaration', 'constructor_declaration', 'compact_constructor_declaration', 'lambda_expression'],
  blocks: [
    'program',
    'block',
    'class_body',
    'constructor_body',
    'switch_block',
    'interface_body',
    'enum_body_declarations',
  ],
  compounds: [
    'if_statement',
    'for_statement',
    'enhanced_for_statement',
    'while_statement',
    'do_statement',
    'switch_expression',
    'switch_block_statement_group',
    'switch_rule',
    'try_statement',
    'try_with_resources_statement',
    'catch_clause',
    'finally_clause',
    'synchronized_statement',
    'labeled_statement',
    'class_declaration',
    'interface_declaration',
    'enum_declaration',
    'record_declaration',
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

export const java = defineLanguage({
  id: 'java',
  name: 'Java',
  extensions: ['.java'],
  fenceAliases: ['java'],
  grammar: { package: 'tree-sitter-java', file: 'tree-sitter-java.wasm' },
  monaco: 'java',
  family: 'java',
  tree: {
    calls: ['method_invocation', 'object_creation_expression'],
    imports: ['import_declaration'],
    identifiers: ['identifier', 'type_identifier'],
  },
  sources: {
    request:
      /\.(getParameter|getParameterValues|getParameterMap|getHeader|getHeaders|getQueryString|getCookies|getInputStream|getReader|getPathInfo|getRequestURI)\s*\(/,
    local: /^System\.getenv\(|\.readLine\(\)|^args\b|new Scanner\(System\.in\)|\.nextLine\(\)/,
  },
  slicing,
  detection: {
    hints: [
      hint('public class', /\bpublic\s+(final\s+)?class\s+\w+/, 2),
      hint('import java.', /^\s*import\s+(java|javax|org)\.[\w.*]+;/m, 2),
      hint('System.out', /\bSystem\.(out|err)\./),
      hint('String[]', /\bString\s*\[\]/),
    ],
  },
  sample:
    'import java.io.File;\n\nclass Files {\n  boolean exists(String name) {\n    return new File(name).exists();\n  }\n}\n',
});
