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

/** Web request data, per framework (tested against an expression's text, so `^` anchors at its start). */
const PYTHON_REQUEST_SOURCES: readonly RegExp[] = [
  // Flask / Werkzeug, FastAPI / Starlette, aiohttp, Bottle, Pyramid (a `request` object).
  /^request\.(args|form|values|json|data|files|cookies|headers|get_json|get_data|query_params|path_params|body|params|match_info|query|view_args|stream|forms|json_body|matchdict|post)\b/,
  /^(flask\.)?request\.(args|form|values)/,
  // Django and Django REST framework, also through `self.request` in class-based views.
  /\brequest\.(GET|POST|FILES|COOKIES|META|headers|body|data|query_params)\b/,
  // Tornado handlers.
  /^self\.request\.(get_argument|body|arguments|body_arguments|query_arguments)|^self\.get_(query_|body_)?arguments?\(|^self\.get_cookie\(/,
  // A WSGI application's environ: the query string, path and request headers and body.
  /^environ\s*\[\s*['"](QUERY_STRING|PATH_INFO|REQUEST_URI|HTTP_\w+|wsgi\.input)['"]/,
];

/** Command line, environment, standard input and network reads. */
const PYTHON_LOCAL_SOURCES: readonly RegExp[] = [
  /^sys\.argv\b|^sys\.stdin\b|^input\(|^raw_input\(|^fileinput\.input\(|^click\.prompt\(/,
  /^os\.environb?\b|^os\.getenvb?\(/,
  // argparse / optparse results: `args = parser.parse_args()` then `args.host`.
  /\.parse_(known_)?args\(/,
  /\.recv\(|\.recvfrom\(/,
];

const anyOf = (parts: readonly RegExp[]): RegExp => new RegExp(parts.map((p) => p.source).join('|'));

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
    request: anyOf(PYTHON_REQUEST_SOURCES),
    local: anyOf(PYTHON_LOCAL_SOURCES),
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
