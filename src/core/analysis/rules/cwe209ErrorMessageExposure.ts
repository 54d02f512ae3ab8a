// CWE-209 sensitive data in error messages: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { ancestor, FUNCTION_TYPES, walk } from '../walk';
import { isPyWebHandler, PY_RESPONSE } from '../ruleParts/pyWebHandler';
import { callRule } from '../callRule';
import type { CallInfo } from '../callInfo';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { functionParameters } from '../functionParameters';

const EXCEPT: ReadonlySet<string> = new Set(['except_clause']);

/** Flask `@app.errorhandler(...)` / `@bp.app_errorhandler(...)`, FastAPI/Starlette `@app.exception_handler(...)`. */
const ERROR_HANDLER = /^@\s*[\w.]+\.(app_)?(errorhandler|exception_handler)\s*\(/m;

/**
 * A framework's error handler: what it returns is the client's answer to any failure, and its last parameter is the
 * exception (Flask passes only it, FastAPI the request first).
 */
function frameworkErrorHandler(fn: SyntaxNode | null): { exception?: string } | null {
  if (fn?.parent?.type !== 'decorated_definition') return null;
  const decorators = fn.parent.text.slice(0, fn.startIndex - fn.parent.startIndex);
  if (!ERROR_HANDLER.test(decorators)) return null;
  const params = functionParameters(fn).filter((p) => !/^(self|cls)$/.test(p.name));
  return { exception: params[params.length - 1]?.name };
}

export const pyErrorDetails: QueryRule = {
  id: 'py-error-details',
  cwe: 'CWE-209',
  severity: 'warning',
  languages: ['python'],
  message: 'An exception message or traceback is returned to the client, revealing internals.',
  fix: 'Log the details on the server and return a generic error message.',
  kind: 'query',
  query: { python: '(return_statement (_) @value) @hit' },
  predicate: ({ value }) => {
    if (!value) return false;
    const handler = ancestor(value, EXCEPT);
    const errorHandler = handler ? null : frameworkErrorHandler(ancestor(value, FUNCTION_TYPES));
    if (!handler && !errorHandler) return false;
    // Only a web handler's return value reaches a client; a helper returning the message hands it to its caller.
    const callee = value.type === 'call' ? (value.childForFieldName('function')?.text ?? '') : '';
    if (!errorHandler && !PY_RESPONSE.test(callee) && !isPyWebHandler(ancestor(value, FUNCTION_TYPES))) return false;
    const alias = handler ? /as\s+(\w+)\s*:/.exec(handler.text)?.[1] : errorHandler?.exception;
    // `err.message` is the exception's text; `err.messages` (marshmallow) lists the client's own field errors.
    return (
      /traceback\.format_exc|format_exception|print_exc/.test(value.text) ||
      (alias !== undefined &&
        new RegExp(
          `(str|repr)\\(\\s*${alias}\\s*\\)|\\{\\s*${alias}\\s*[}!:]|\\+\\s*${alias}\\b|%\\s*${alias}\\b|\\b${alias}\\.(args|message)\\b`,
        ).test(value.text))
    );
  },
};

/** The text of a caught exception: `e.getMessage()`, `ex.toString()`, `e.getStackTrace()`. */
const JAVA_EXCEPTION_TEXT =
  /\b(e|ex|exc|err|error|exception|t|th)\.(getMessage|getLocalizedMessage|getStackTrace|toString)\(\)/;

/**
 * Statuses that blame the request itself (malformed, too large, wrong method or type): the error then describes what
 * the client sent, e.g. a parse error of its own body, which is the usual answer rather than a leak of internals.
 */
const GO_CLIENT_FAULT =
  /^(http\.Status(BadRequest|MethodNotAllowed|NotAcceptable|LengthRequired|PreconditionFailed|RequestEntityTooLarge|RequestURITooLong|UnsupportedMediaType|RequestedRangeNotSatisfiable|UnprocessableEntity)|40[05-6]|41[1-6]|422)$/;

/** `ErrNotFound.Error()` / `pkg.ErrClosed.Error()`: a package's sentinel error, whose text is a fixed string. */
const GO_SENTINEL_TEXT = /^(\w+\.)?Err[A-Z]\w*\.Error\(\)$/;

/**
 * Go `http.Error(w, err.Error(), status)` that can carry internals: not a client-fault status, not a sentinel, and
 * not an error that carries its own status (`http.Error(w, he.Error(), he.Status())`: a type written to be answered).
 */
function goErrorLeaks(call: CallInfo): boolean {
  const message = call.args[1]?.text.trim() ?? '';
  const status = call.args[2]?.text.trim() ?? '';
  const receiver = /^(\w+)\.Error\(\)$/.exec(message)?.[1];
  return (
    /\.Error\(\)/.test(message) &&
    !GO_SENTINEL_TEXT.test(message) &&
    !GO_CLIENT_FAULT.test(status) &&
    !(receiver !== undefined && status.startsWith(`${receiver}.`))
  );
}

/** A trace printed to the console or a debug/log stream stays on the server: `System.err`, `debug.getPrintStream()`. */
const JAVA_CONSOLE_OR_LOG = /^System\.(out|err)$|log|debug/i;

export const errorDetailsToClient = callRule({
  id: 'error-details-to-client',
  cwe: 'CWE-209',
  severity: 'warning',
  languages: ['javascript', 'typescript', 'java', 'go', 'php'],
  message: 'Exception details (stack trace, driver message, SQL) are sent to the client.',
  fix: 'Log the details on the server and answer with a generic message.',
  callee: {
    javascript: /\.(json|send|end|write)$/,
    typescript: /\.(json|send|end|write)$/,
    // printStackTrace(writer), or a Spring / servlet answer carrying the exception's text.
    java: /\.printStackTrace$|\.body$|^new ResponseEntity$|getWriter\(\)\.(print|println|write)$|\.sendError$/,
    go: /^http\.Error$/,
    php: /^ini_set$/,
  },
  when: (call, ctx) => {
    if (ctx.language === 'java')
      return /printStackTrace$/.test(call.name)
        ? call.args.length === 1 && !JAVA_CONSOLE_OR_LOG.test(call.args[0]!.text)
        : call.args.some((a) => JAVA_EXCEPTION_TEXT.test(a.text));
    if (ctx.language === 'go') return goErrorLeaks(call);
    if (ctx.language === 'php')
      return (
        /display_errors/.test(call.args[0]?.text ?? '') && /^['"]?(1|on|true)['"]?$/i.test(call.args[1]?.text ?? '')
      );
    return call.args.some((a) => /\b(err|error|e|ex|exception)\.(stack|sql|sqlMessage)\b/.test(a.text));
  },
});

export const csErrorDetails = callRule({
  id: 'cs-exception-to-client',
  cwe: 'CWE-209',
  severity: 'warning',
  languages: ['csharp'],
  message: 'Exception details (message, stack trace) are sent to the client, revealing internals.',
  fix: 'Log the exception on the server and return a generic message with a correlation id.',
  callee: {
    csharp:
      /^(Content|Ok|BadRequest|StatusCode|Problem|Json|NotFound|Conflict)$|^Results\.\w+$|(^|\.)Response\.(Write|WriteAsync)$|^new ObjectResult$/,
  },
  when: (call) => {
    let cur: SyntaxNode | null = call.node.parent;
    while (cur && cur.type !== 'catch_clause') cur = cur.parent;
    const name = cur?.namedChildren.find((c) => c?.type === 'catch_declaration')?.childForFieldName('name')?.text;
    return !!name && call.args.some((a) => [...walk(a)].some((n) => n.type === 'identifier' && n.text === name));
  },
});

/** Every rule in this file, in the order the registry runs them. */
const CATCH: ReadonlySet<string> = new Set(['catch_clause']);

/** A response built by axum (a StatusCode tuple, Json) or actix (HttpResponse::..). */
const RUST_RESPONSE = /\bStatusCode::|\bHttpResponse::|\bJson\s*\(|\.body\s*\(/;
/** Logging macros: writing the error there is the fix, not the leak. */
const RUST_LOG_MACRO = /\b(log::|tracing::)?(trace|debug|info|warn|error|eprintln|println)!\s*\([^;]*?\)/g;

export const rustErrorToClient: QueryRule = {
  id: 'rust-error-to-client',
  cwe: 'CWE-209',
  severity: 'warning',
  languages: ['rust'],
  message:
    "The error's text (Display or Debug) is sent in the HTTP response, where it can show SQL, paths or internals.",
  fix: 'Log the error on the server (tracing::error!) and answer with a fixed message and status.',
  kind: 'query',
  // `Err(e) => (StatusCode::.., format!("{e:?}"))` and `.map_err(|e| (StatusCode::.., e.to_string()))`.
  query: {
    rust: '(match_arm pattern: (match_pattern (tuple_struct_pattern type: (identifier) @ctor (identifier) @err)) value: (_) @value) @hit\n(call_expression function: (field_expression field: (field_identifier) @ctor) arguments: (arguments (closure_expression parameters: (closure_parameters (identifier) @err) body: (_) @value))) @hit',
  },
  predicate: ({ ctor, err, value }) => {
    if (!ctor || !err || !value || !/^(Err|map_err)$/.test(ctor.text)) return false;
    const text = value.text.replace(RUST_LOG_MACRO, '');
    const name = escapeRegExp(err.text);
    return RUST_RESPONSE.test(text) && new RegExp(`\\b${name}\\b|\\{${name}(:[^}]*)?\\}`).test(text);
  },
};

/** An exception's message, trace or location, read from a PHP Throwable. */
const PHP_EXCEPTION_DETAIL =
  /\$\w+->(getMessage|getTraceAsString|getTrace|getFile|getLine|getPrevious)\s*\(|\$\w+->errorInfo\b/;

export const phpExceptionToClient: QueryRule = {
  id: 'php-exception-to-client',
  cwe: 'CWE-209',
  severity: 'warning',
  languages: ['php'],
  message: "An exception's message or trace is printed into the response, where it can show SQL, paths or credentials.",
  fix: 'Log the exception (error_log) and print a generic message; show details only in development.',
  kind: 'query',
  query: {
    php: '[(echo_statement) (print_intrinsic) (exit_statement) (function_call_expression function: (name) @fn)] @hit',
  },
  predicate: ({ hit, fn }) =>
    !!hit &&
    (fn === undefined || /^(die|exit|printf|var_dump|print_r)$/.test(fn.text)) &&
    PHP_EXCEPTION_DETAIL.test(hit.text) &&
    ancestor(hit, CATCH) !== null,
};

export const cwe209ErrorMessageExposure: readonly Rule[] = [
  pyErrorDetails,
  errorDetailsToClient,
  csErrorDetails,
  phpExceptionToClient,
  rustErrorToClient,
];
