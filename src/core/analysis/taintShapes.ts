// Shapes the taint engine (taint.ts) reads besides sources and sanitisers: values the server sets, array maps whose
// callback replaces each element, the conversions that mark a rule as taking numbers for safe, and the C calls that
// fill or copy into a buffer argument.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import type { TaintSpec } from './Rule';
import { namedChildren } from './walk';
import { isConstant } from './stringShape';

/**
 * PHP `$_SERVER` entries the server sets, not the client: the peer's address and port, our own address, the clock,
 * the script on disk (`PHP_SELF`, `SERVER_NAME` and the `HTTP_*` headers can carry request text and stay sources).
 * The same entries of Django's `request.META` (a WSGI environ): `request.META.get("REMOTE_ADDR", "-")`.
 */
export const SERVER_SET =
  /^\$_SERVER\s*\[\s*['"](REMOTE_ADDR|REMOTE_PORT|SERVER_ADDR|SERVER_PORT|REQUEST_TIME|REQUEST_TIME_FLOAT|DOCUMENT_ROOT|SCRIPT_FILENAME)['"]\s*\]$|^\$_FILES\s*\[[^\]]+\]\s*\[\s*['"](tmp_name|size|error)['"]\s*\]$|^(self\.)?request\.META(\s*\[\s*|\.get\(\s*)['"](REMOTE_ADDR|REMOTE_PORT|SERVER_PORT|REQUEST_METHOD)['"]\s*(\]|[,)])/;

/**
 * PHP's command-line arguments as `$_SERVER` holds them (`$_SERVER['argv']`, a CLI script's `argc`): input from the
 * command line, as `$argv` is, not from a web request (taint.ts reads it as the spec's `$argv`).
 */
export const COMMAND_LINE_ENTRY = /^\$_SERVER\s*\[\s*['"](argv|argc)['"]\s*\]$/;

/** String literals (PHP's single-quoted `string`, and the other languages' plain literals). */
const TEXT_LITERALS: ReadonlySet<string> = new Set(['string', 'string_literal', 'encapsed_string', 'template_string']);

/**
 * `n` carries none of the spec's input by what it is: a value the server sets, `$_SERVER['argv']` where the spec
 * reads no command line (it is `$argv`), a literal that splices nothing (`'<b>$_SERVER</b>'` is text).
 */
export function carriesNoInput(n: SyntaxNode, source: RegExp | undefined): boolean {
  if (SERVER_SET.test(n.text)) return true;
  if (COMMAND_LINE_ENTRY.test(n.text)) return !(source?.test('$argv') ?? false);
  return TEXT_LITERALS.has(n.type) && isConstant(n);
}

/** Sanitisers that show a rule takes a number for safe (taint.ts drops framework-converted parameters for it). */
export const NUMERIC_CONVERSION = ['parseInt', 'Number', 'int', 'Integer.parseInt', 'Long.parseLong'];

/** `xs.map((x) => expr)` with an expression-bodied arrow function (JavaScript, TypeScript): receiver and callback. */
export function mappedCallback(n: SyntaxNode, ctx: RuleContext): { receiver: SyntaxNode; callback: SyntaxNode } | null {
  if (n.type !== 'call_expression' || (ctx.language !== 'javascript' && ctx.language !== 'typescript')) return null;
  const callee = n.childForFieldName('function');
  const receiver = callee?.type === 'member_expression' ? callee.childForFieldName('object') : null;
  if (!receiver || callee?.childForFieldName('property')?.text !== 'map') return null;
  const args = namedChildren(n.childForFieldName('arguments'));
  const callback = args[0];
  if (args.length !== 1 || callback?.type !== 'arrow_function') return null;
  if (callback.childForFieldName('body')?.type === 'statement_block') return null;
  return { receiver, callback };
}

/** A standard format spec ending in a numeric presentation type (`d`, `.2f`, `08x`, `,`-grouped `%`). */
const NUMERIC_SPEC = /^(.?[<>=^])?[-+ ]?z?#?0?\d*[_,]?(\.\d+)?[bcdeEfFgGnoxX%]$/;
/** A strftime directive (`%Y-%m-%d`): only dates, times and numbers format with it. */
const STRFTIME_SPEC = /%[a-zA-Z]/;

/**
 * A Python f-string field whose format spec only numbers or dates accept (`{start:%Y%m%d}`, `{total:.2f}`,
 * `{n:d}`): formatting a string with it raises, so what it prints is digits and the spec's own literals.
 */
export function digitsOnlyField(n: SyntaxNode): boolean {
  if (n.type !== 'interpolation') return false;
  const spec = namedChildren(n).find((k) => k.type === 'format_specifier');
  const text = spec?.text.replace(/^:/, '') ?? '';
  if (!spec || text.includes('{')) return false;
  return NUMERIC_SPEC.test(text) || STRFTIME_SPEC.test(text);
}

const NUMBERS_SAFE = new WeakMap<TaintSpec, boolean>();

/** The spec counts a numeric conversion as a sanitiser (read once per spec: exprTainted runs very often). */
export function takesNumbersForSafe(spec: TaintSpec): boolean {
  let safe = NUMBERS_SAFE.get(spec);
  if (safe === undefined) {
    safe = NUMERIC_CONVERSION.some((c) => spec.sanitizers.test(c));
    NUMBERS_SAFE.set(spec, safe);
  }
  return safe;
}

/** C-style reads that fill a buffer argument instead of returning the data: argument positions. */
export const OUT_PARAMS: Record<string, number[]> = {
  fgets: [0],
  gets: [0],
  read: [1],
  recv: [1],
  recvfrom: [1],
  fread: [0],
  getline: [0],
  scanf: [1, 2, 3, 4],
  fscanf: [2, 3, 4, 5],
  sscanf: [2, 3, 4, 5],
  'std::getline': [1],
  getenv_s: [1],
};

/** C string builders: the destination (argument 0) carries whatever the other arguments carry. */
export const COPY_INTO = /^(sprintf|snprintf|strcpy|strncpy|strcat|strncat|memcpy|memmove|strlcpy|strlcat)$/;
