// Ruby: everything the playground knows about the language (see LanguageSpec).
import { hint } from './languageHint';
import { defineLanguage } from './LanguageSpec';
import type { SlicingSpec } from './SlicingSpec';

/**
 * Ruby node types for the PDG builder. Blocks (`do |x| ... end`, `{ |x| ... }`) are closures over the method's
 * locals, so they stay inside the call statement that passes them instead of starting a PDG of their own.
 */
const slicing: SlicingSpec = {
  functions: ['method', 'singleton_method'],
  blocks: ['program', 'body_statement', 'then', 'else', 'do', 'begin', 'ensure', 'parenthesized_statements'],
  compounds: [
    'if',
    'elsif',
    'unless',
    'while',
    'until',
    'for',
    'case',
    'when',
    'rescue',
    'if_modifier',
    'unless_modifier',
    'while_modifier',
    'until_modifier',
    'class',
    'module',
    'singleton_class',
  ],
  loops: ['while', 'until', 'for', 'while_modifier', 'until_modifier'],
  identifiers: ['identifier', 'instance_variable', 'class_variable', 'global_variable'],
  paths: {},
  calls: { call: ['receiver', 'method'] },
  defines: {
    assignment: ['left'],
    operator_assignment: ['left'],
    for: ['pattern'],
    exception_variable: ['#0'],
  },
  updates: ['operator_assignment'],
  writeBase: { element_reference: 'object' },
  parameterFields: ['parameters'],
  parameterSkipFields: ['value'],
  labels: {},
  writesFirstArgument: [],
  comment: '#',
  braces: false,
};

/**
 * Web request data (tested against an expression's text): Rails and Sinatra `params`, Rails `cookies`, and the
 * request object's parameters, body, headers and URL.
 */
const RUBY_REQUEST_SOURCES =
  /^params\b|^cookies\b|^request\.(params|parameters|query_parameters|request_parameters|path_parameters|body|raw_post|query_string|headers|env|url|original_url|fullpath|path|referer|referrer|host|user_agent|cookies|GET|POST)\b/;

/** Command line, environment and standard input (`gets` reads ARGV's files or stdin). */
const RUBY_LOCAL_SOURCES =
  /^ARGV\b|^ARGF\b|^ENV\b|^gets\b|^(STDIN|\$stdin)\.(gets|read|readline|readlines|each_line)\b/;

export const ruby = defineLanguage({
  id: 'ruby',
  name: 'Ruby',
  extensions: ['.rb'],
  fenceAliases: ['ruby', 'rb'],
  grammar: { package: 'tree-sitter-ruby', file: 'tree-sitter-ruby.wasm' },
  monaco: 'ruby',
  family: 'ruby',
  tree: {
    // Commands without parentheses (`system "ls", dir`) and method calls on a receiver are all `call` nodes.
    calls: ['call'],
    // `require 'open3'` is a call, not a statement kind: importCalls below names it.
    imports: [],
    identifiers: ['identifier', 'constant'],
    importCalls: /^(require|require_relative|load|gem)$/,
    // Backticks and %x() run their text in a shell, as Kernel#` does.
    constructs: { subshell: 'Kernel.`' },
  },
  sources: { request: RUBY_REQUEST_SOURCES, local: RUBY_LOCAL_SOURCES },
  slicing,
  detection: {
    hints: [
      // `end` closing a `def` (Python has no `end`; a Python `def` line ends with a colon).
      hint('def ... end', /^\s*def\s+(self\.)?\w+[?!=]?(\s*\(.*\))?\s*$[^]*?^\s*end\b/m, 2),
      hint("require '...'", /^\s*require(_relative)?\s*\(?\s*['"][\w./-]+['"]\s*\)?\s*$/m, 2),
      hint('do |x|', /\bdo\s*\|[\w\s,*&]+\|/, 2),
      hint('puts', /^\s*puts\s+\S/m),
      hint('#{...} interpolation', /"[^"\n]*#\{[^}\n]+\}[^"\n]*"/),
    ],
  },
  sample: "require 'open3'\n\ndef ping(host)\n  Open3.capture2('ping', '-c', '1', host)\nend\n",
});
