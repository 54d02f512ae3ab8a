// Python: everything the playground knows about the language (see LanguageSpec).
import { hint } from './languageHint';
import { defineLanguage } from './LanguageSpec';
import type { SlicingSpec } from './SlicingSpec';

/** Python node types for the PDG builder */
const slicing: SlicingSpec = {
  functions: ['function_definition'],
  blocks: ['module', 'block'],
  compounds: [
    'if_statement',
    'elif_clause',
    'else_clause',
    'for_statement',
    'while_statement',
    'try_statement',
    'except_clause',
    'finally_clause',
    'with_statement',
    'match_statement',
    'case_clause',
    'class_definition',
    'decorated_definition',
  ],
  loops: ['for_statement', 'while_statement'],
  identifiers: ['identifier'],
  paths: { attribute: ['object', 'attribute'] },
  calls: { call: 'function' },
  defines: {
    assignment: ['left'],
    augmented_assignment: ['left'],
    for_statement: ['left'],
    for_in_clause: ['left'],
    as_pattern: ['alias'],
    named_expression: ['name'],
  },
  updates: ['augmented_assignment'],
  writeBase: { subscript: 'value' },
  parameterFields: ['parameters'],
  parameterSkipFields: ['type', 'value'],
  labels: { keyword_argument: 'name' },
  writesFirstArgument: [],
  comment: '#',
  braces: false,
};

export const python = defineLanguage({
  id: 'python',
  name: 'Python',
  extensions: ['.py'],
  fenceAliases: ['python', 'py', 'python3'],
  grammar: { package: 'tree-sitter-python', file: 'tree-sitter-python.wasm' },
  monaco: 'python',
  family: 'python',
  tree: {
    calls: ['call'],
    imports: ['import_statement', 'import_from_statement'],
    identifiers: ['identifier'],
  },
  sources: {
    request:
      /^request\.(args|form|values|json|data|files|cookies|headers|get_json|get_data|GET|POST|query_params|path_params|body|params|match_info|query)\b|^(flask\.)?request\.(args|form|values)|^self\.request\.(GET|POST|get_argument|body|arguments)|\brequest\.(GET|POST)\b|^request\.get_json\b/,
    local: /^sys\.argv\b|^input\(|^raw_input\(|^os\.environ\b|^os\.getenv\(|\.recv\(|\.recvfrom\(|^sys\.stdin\b/,
  },
  slicing,
  detection: {
    hints: [
      hint('def name(...):', /^\s*def\s+\w+\s*\(.*\)\s*(->.*)?:\s*$/m, 2),
      hint('import / from ... import', /^\s*(from\s+[\w.]+\s+import\s|import\s+[\w.]+\s*$)/m),
      hint('if __name__', /__name__\s*==\s*['"]__main__['"]/, 2),
      hint('True / None', /\b(True|False|None)\b/),
      hint('self.', /\bself\.\w/),
    ],
  },
  sample: "import subprocess\n\ndef ping(host):\n    return subprocess.run(['ping', '-c', '1', host])\n",
});
