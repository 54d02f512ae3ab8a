// Shared rule helpers: Rust function parameters as taint sources.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { namedChildren, scopeOf } from '../walk';
import type { TaintSpec } from '../Rule';
import type { RuleContext } from '../RuleContext';
import { ANY_SOURCES, REQUEST_SOURCES } from '../sources';
import { exprTainted, taintOf } from '../taint';

export const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Numbers decoded from bytes or text: wire integers and parsed values. */
export const RUST_DECODED = /from_(be|le|ne)_bytes|\.parse\s*(::<[^>]*>)?\s*\(|read_u(16|32|64)|get_u(16|32|64)/;

/** The right side of `let [mut] name[: T] = ...;` in a function's text, or '' when there is none. */
export function rustLetValue(name: string, fnText: string): string {
  return new RegExp(`let\\s+(mut\\s+)?${esc(name)}\\s*(:[^=]+)?=\\s*([^;]+);`).exec(fnText)?.[3] ?? '';
}

/** A function parameter of the enclosing function (data from the caller). */
export function isParameter(node: SyntaxNode): boolean {
  const name = node.text.replace(/^&\s*/, '');
  const params = scopeOf(node).childForFieldName('parameters');
  return namedChildren(params).some((p) => p.childForFieldName('pattern')?.text === name);
}

/** Taint from Rust inputs: handler extractors and route parameters, env::args/var, stdin (rust.ts, taintedParameters.ts). */
const RUST_INPUT: TaintSpec = {
  sources: ANY_SOURCES,
  sinks: {},
  sanitizers: /(^|\.|::)(parse|len|is_empty|file_name|escape|encode_text|encode_safe|encode_double_quoted_attribute)$/,
};

/**
 * The value comes from outside the function: a parameter of it, or a name bound (through `let`s) from a request
 * extractor, a route parameter, the command line, the environment or stdin.
 */
export function isRustInput(node: SyntaxNode, ctx: RuleContext): boolean {
  if (isParameter(node)) return true;
  return exprTainted(node, RUST_INPUT, ctx, taintOf(node, 'rust-input', RUST_INPUT, ctx));
}

/** Taint from a web request only, kept through `parse()` (for sizes and casts, where a parsed number is the danger). */
const RUST_REQUEST_NUMBER: TaintSpec = { sources: REQUEST_SOURCES, sinks: {}, sanitizers: /(^|\.|::)(len|is_empty)$/ };

/** The value was read from the request (an extractor, a route parameter, the query string), parsed or not. */
export function isRustRequestValue(node: SyntaxNode, ctx: RuleContext): boolean {
  return exprTainted(node, RUST_REQUEST_NUMBER, ctx, taintOf(node, 'rust-request-number', RUST_REQUEST_NUMBER, ctx));
}

/** Taint from any Rust input (request, command line, environment, stdin), kept through `parse()`. */
const RUST_INPUT_NUMBER: TaintSpec = { sources: ANY_SOURCES, sinks: {}, sanitizers: /(^|\.|::)(len|is_empty)$/ };

/** The value was read from outside (request, argv, environment, stdin), parsed into a number or not. */
export function isRustInputNumber(node: SyntaxNode, ctx: RuleContext): boolean {
  return exprTainted(node, RUST_INPUT_NUMBER, ctx, taintOf(node, 'rust-input-number', RUST_INPUT_NUMBER, ctx));
}
