// Rust: everything the playground knows about the language (see LanguageSpec).
import { hint } from './languageHint';
import { defineLanguage } from './LanguageSpec';
import type { SlicingSpec } from './SlicingSpec';

/** Rust node types (tree-sitter-rust 0.24) for the PDG builder */
const slicing: SlicingSpec = {
  functions: ['function_item', 'closure_expression'],
  // Control flow is made of expressions wrapped in expression_statement: unwrapping it lets an
  // `if`/`match`/loop be a compound. unsafe and async blocks only scope their block.
  blocks: [
    'source_file',
    'block',
    'declaration_list',
    'expression_statement',
    'match_block',
    'unsafe_block',
    'async_block',
  ],
  compounds: [
    'if_expression',
    'else_clause',
    'match_expression',
    'match_arm',
    'for_expression',
    'while_expression',
    'loop_expression',
    'impl_item',
    'trait_item',
    'mod_item',
  ],
  loops: ['for_expression', 'while_expression', 'loop_expression'],
  identifiers: ['identifier', 'self', 'shorthand_field_identifier'],
  paths: { field_expression: ['value', 'field'], scoped_identifier: ['path', 'name'] },
  calls: { call_expression: 'function', macro_invocation: 'macro', struct_expression: 'name' },
  defines: {
    let_declaration: ['pattern'],
    let_condition: ['pattern'],
    for_expression: ['pattern'],
    // The pattern is the first child; a guard (`if z > 0`) is read, not written.
    match_pattern: ['#0'],
    assignment_expression: ['left'],
    compound_assignment_expr: ['left'],
    const_item: ['name'],
    static_item: ['name'],
  },
  updates: ['compound_assignment_expr'],
  writeBase: { index_expression: '#0', unary_expression: '#0' },
  parameterFields: ['parameters'],
  parameterSkipFields: ['type'],
  parameterSkipTypes: ['attribute_item', 'mutable_specifier'],
  // Loop labels (`'outer`) are not variables.
  labels: { label: '*' },
  outArguments: { types: ['reference_expression'], markers: ['mut'] },
  writesFirstArgument: [],
  comment: '//',
  braces: true,
};

export const rust = defineLanguage({
  id: 'rust',
  name: 'Rust',
  extensions: ['.rs'],
  fenceAliases: ['rust', 'rs'],
  grammar: { package: 'tree-sitter-rust', file: 'tree-sitter-rust.wasm' },
  monaco: 'rust',
  family: 'rust',
  tree: {
    calls: ['call_expression'],
    imports: ['use_declaration'],
    identifiers: ['identifier', 'field_identifier', 'type_identifier'],
  },
  // Web handlers mostly receive input through extractor parameters (`Query(q)`, `web::Path<..>`), which
  // taintedParameters.ts reads; these are the calls that read a request or the process's inputs directly.
  sources: {
    // Chains are often split over lines (`req\n    .headers()\n    .get(..)`); hyper/http requests expose `uri().query()`.
    request: /\.(query_string|match_info)\(\)|\.headers\(\)\s*\.get\(|\.uri\(\)\s*\.query\(\)/,
    local: /\benv::(args|args_os|var|var_os)\(|\bstdin\(\)/,
  },
  slicing,
  detection: {
    hints: [
      hint('fn', /^\s*(pub\s+)?fn\s+\w+/m, 2),
      hint('let mut', /\blet\s+mut\b/, 2),
      hint('macro!', /\b(println|format|vec|panic)!\s*[([]/),
      hint('use ...::', /^\s*use\s+\w+::/m),
    ],
  },
  sample: 'use std::fs;\n\nfn read(name: &str) -> String {\n    fs::read_to_string(name).unwrap()\n}\n',
});
