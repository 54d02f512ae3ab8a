// How a try statement handles its exceptions, read from the syntax tree the same way in every language with try:
// Python `except`, and `catch` in JavaScript, TypeScript, Java, C#, PHP and C++.
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { namedChildren } from '../../walk';

const BLOCKS = new Set(['block', 'statement_block', 'compound_statement']);
const HANDLERS = new Set(['except_clause', 'catch_clause']);
const IGNORED = new Set(['comment', 'line_comment', 'block_comment', 'pass_statement', 'empty_statement']);

/** Logging and printing: reporting an error is not handling it. */
const LOG_CALL =
  /(^|[.>])(log\w*|logger|warn\w*|error|info|debug|trace|print\w*|println|printf|fprintf|puts|printStackTrace|console\.\w+|WriteLine|Write|error_log|syslog)\s*\(/i;
const LOG_STREAM = /^\s*(std::)?(cerr|clog|cout)\s*<</;

export function tryBody(tryNode: SyntaxNode): SyntaxNode | null {
  return tryNode.childForFieldName('body') ?? namedChildren(tryNode).find((c) => BLOCKS.has(c.type)) ?? null;
}

export function handlersOf(tryNode: SyntaxNode): SyntaxNode[] {
  return namedChildren(tryNode).filter((c) => HANDLERS.has(c.type));
}

/** The statements of a handler's block, comments and `pass` left out. */
export function handlerStatements(handler: SyntaxNode): SyntaxNode[] {
  const body = namedChildren(handler).filter((c) => BLOCKS.has(c.type));
  const block = body[body.length - 1];
  return block ? namedChildren(block).filter((s) => !IGNORED.has(s.type)) : [];
}

export function isLogStatement(stmt: SyntaxNode): boolean {
  if (stmt.type !== 'expression_statement') return false;
  return LOG_CALL.test(stmt.text) || LOG_STREAM.test(stmt.text);
}

/** The handler does nothing about the error: empty, `pass`, only logging, or only `continue`. */
export function swallows(handler: SyntaxNode): boolean {
  return handlerStatements(handler).every((s) => isLogStatement(s) || s.type === 'continue_statement');
}

/** The handler is literally empty (or `pass`): not even a log line records the error. */
export function isEmptyHandler(handler: SyntaxNode): boolean {
  return handlerStatements(handler).length === 0;
}

/** The exception type a handler names; '' for a bare `except:`, `catch { }`, JavaScript's `catch (e)`. */
export function caughtType(handler: SyntaxNode): string {
  const parts = namedChildren(handler).filter((c) => !BLOCKS.has(c.type) && c.type !== 'comment');
  const first = parts[0];
  if (!first) return '';
  switch (first.type) {
    case 'as_pattern': // Python `except E as e`
      return namedChildren(first)[0]?.text ?? '';
    case 'catch_formal_parameter': // Java
      return namedChildren(first).find((c) => c.type === 'catch_type')?.text ?? '';
    case 'catch_declaration': // C#
      return first.childForFieldName('type')?.text ?? namedChildren(first)[0]?.text ?? '';
    case 'type_list': // PHP
      return first.text;
    case 'parameter_list': // C++ `(...)` or `(const std::exception &e)`
      return first.text
        .replace(/^\(|\)$/g, '')
        .replace(/(\s+|\s*&\s*)\w+$/, '')
        .trim();
    case 'identifier':
      // JavaScript's catch binds a variable, not a type; Python's bare name is the type.
      return handler.type === 'except_clause' ? first.text : '';
    default:
      return handler.type === 'except_clause' ? first.text : '';
  }
}

const BROAD =
  /^(|\.\.\.|Exception|BaseException|Throwable|Error|System\.Exception|\\?Exception|\\?Throwable|std::exception)$/;

/** Catches everything (or nearly): bare `except`, `Exception`, `Throwable`, `catch (...)`, JavaScript's untyped catch. */
export function isBroadHandler(handler: SyntaxNode): boolean {
  return BROAD.test(
    caughtType(handler)
      .replace(/\s/g, '')
      .replace(/^const/, '')
      .replace(/&$/, ''),
  );
}

const TRUE_LITERAL = new Set(['true', 'boolean_literal', 'boolean']);

function isTrueReturn(stmt: SyntaxNode): boolean {
  if (stmt.type !== 'return_statement') return false;
  const value = namedChildren(stmt)[0];
  return value !== undefined && TRUE_LITERAL.has(value.type) && /^true$/i.test(value.text);
}

/** The handler has no way out: no return, raise/throw, exit or abort, so control continues after the try. */
export function fallsThrough(handler: SyntaxNode): boolean {
  return handlerStatements(handler).every(
    (s) =>
      !/\b(return|raise|throw|exit|_exit|abort|die|panic|Environment\.Exit)\b/.test(s.text) &&
      !/\bnext\s*\(\s*\w/.test(s.text),
  );
}

/** A statement that answers "yes": `return true` or Express `next()` without an error. */
export function isSuccess(stmt: SyntaxNode | null): boolean {
  if (!stmt) return false;
  return isTrueReturn(stmt) || (stmt.type === 'expression_statement' && /^next\s*\(\s*\)\s*;?$/.test(stmt.text.trim()));
}

/** The try body returns a computed verdict (`return check(...)`, `return False`), not only literal `true`. */
export function bodyReturnsVerdict(body: SyntaxNode): boolean {
  const stack: SyntaxNode[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'return_statement' && namedChildren(n).length > 0 && !isTrueReturn(n)) return true;
    if (n.type.includes('function') || n.type.includes('lambda')) continue;
    stack.push(...namedChildren(n));
  }
  return false;
}

/** The handler answers "yes": it returns true, or (Express) calls `next()` with no error so the request goes on. */
export function returnsSuccess(handler: SyntaxNode): boolean {
  return handlerStatements(handler).some(
    (s) => isTrueReturn(s) || (s.type === 'expression_statement' && /^next\s*\(\s*\)\s*;?$/.test(s.text.trim())),
  );
}

/** The statement after the try in its block, if any. */
export function nextStatement(tryNode: SyntaxNode): SyntaxNode | null {
  const parent = tryNode.parent;
  if (!parent) return null;
  const siblings = namedChildren(parent).filter((s) => !IGNORED.has(s.type));
  const i = siblings.findIndex((s) => s.startIndex === tryNode.startIndex && s.endIndex === tryNode.endIndex);
  return i >= 0 ? (siblings[i + 1] ?? null) : null;
}

/** The statements before the try in its block. */
function statementsBefore(tryNode: SyntaxNode): SyntaxNode[] {
  const parent = tryNode.parent;
  if (!parent) return [];
  return namedChildren(parent).filter((s) => s.endIndex <= tryNode.startIndex && !IGNORED.has(s.type));
}

/**
 * `return valid` where `valid` starts out true before the try: a handler that leaves it alone keeps the "yes"
 * (`bool valid = true; try { valid = Check(); } catch { } return valid;`).
 */
export function returnsFlagPresetTrue(tryNode: SyntaxNode, stmt: SyntaxNode | null): boolean {
  if (stmt?.type !== 'return_statement') return false;
  const value = namedChildren(stmt)[0];
  if (value?.type !== 'identifier') return false;
  const preset = new RegExp(`^(?:[\\w<>]+\\s+)?\\$?${value.text}\\s*(?::\\s*\\w+\\s*)?=\\s*(?:true|True)\\s*;?$`);
  return statementsBefore(tryNode).some((s) => preset.test(s.text.trim()));
}

/** A refusal: `return False/None/null/nil`, `raise`, `throw`, an abort or exit, or an error response. */
export function isRefusal(stmt: SyntaxNode | null): boolean {
  if (!stmt) return false;
  if (stmt.type === 'raise_statement' || stmt.type === 'throw_statement') return true;
  if (stmt.type === 'expression_statement' && /^throw\b/.test(stmt.text)) return true;
  if (stmt.type === 'return_statement') {
    const value = namedChildren(stmt)[0];
    return (
      value === undefined || /^(false|none|null|nil|-1|0)$/i.test(value.text) || /status\(\s*40[13]/.test(value.text)
    );
  }
  return /\b(abort|exit|_exit|sys\.exit|die|http_response_code\s*\(\s*40[13])\b/.test(stmt.text);
}
