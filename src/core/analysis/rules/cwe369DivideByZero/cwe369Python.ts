// CWE-369 divide by zero (Python rules): a division or modulo whose divisor is a parameter of the function or a value
// read from input, with nothing before it that looks at the divisor. Python raises ZeroDivisionError for ints and
// floats alike, so an unchecked divisor from a caller or a user is an uncaught exception (a crash, a 500 page).
// Kept narrow on purpose: only a bare name or attribute as divisor, never a literal, `len(...)` or `max(n, 1)`.
import type { QueryRule, Rule, TaintSpec } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { ANY_SOURCES } from '../../sources';
import { taintOf } from '../../taint';
import { callerParameters } from '../../functionParameters';
import { FUNCTION_TYPES, IDENTIFIER_TYPES, ancestor, scopeOf, walk } from '../../walk';

const RULE_ID = 'py-unchecked-divisor';

/** Input as the source; `int(...)`/`float(...)` keep the value (they are how a divisor is read), a length or a
 * `max(n, 1)` does not. */
const INPUT_TAINT: TaintSpec = { sources: ANY_SOURCES, sinks: {}, sanitizers: /^(len|max|bool)$/ };

/** `/` joins paths on pathlib objects; names of path parts mark that use. */
const PATH_PART = /path|dir|root|folder|file|name|home|parent|segment|suffix|prefix|url/i;
/** `%` formats strings; names of templates mark that use. */
const FORMAT_TEXT = /fmt|format|template|msg|message|text|pattern|sql|query|html|line|str/i;
const PATH_CALL = /^(\w+\.)*(Path|PurePath|PosixPath|WindowsPath|PurePosixPath|PureWindowsPath)\s*\(/;
const STRING_TYPES = /^(string|concatenated_string)$/;
/** Handlers that catch the division's error. */
const CATCHES = /except\s*(:|\(?\s*[\w.,\s]*\b(ZeroDivisionError|ArithmeticError|Exception|BaseException)\b)/;

function parameterNames(fn: SyntaxNode): Map<string, SyntaxNode> {
  return new Map(callerParameters(fn).map((p) => [p.name, p.node]));
}

/** A parameter declared or defaulted as text or a path cannot be a number. */
function textParameter(p: SyntaxNode): boolean {
  const type = p.childForFieldName('type')?.text ?? '';
  const value = p.childForFieldName('value');
  return /\b(str|Path|PurePath|bytes)\b/.test(type) || (value !== null && STRING_TYPES.test(value.type));
}

/** The operation is a path join or a string format rather than arithmetic. */
function notArithmetic(hit: SyntaxNode, divisor: SyntaxNode): boolean {
  const operator = hit.childForFieldName('operator')?.text ?? '';
  const left = hit.childForFieldName('left');
  const leftText = left?.text ?? '';
  if (left && STRING_TYPES.test(left.type)) return true;
  if (operator.startsWith('%')) return FORMAT_TEXT.test(leftText) || FORMAT_TEXT.test(divisor.text);
  // A chain `a / b / c` of path parts, a Path(...) call, or a part named like a path.
  return (
    PATH_CALL.test(leftText) ||
    PATH_PART.test(divisor.text) ||
    PATH_PART.test(leftText) ||
    [...walk(hit)].some((n) => STRING_TYPES.test(n.type))
  );
}

/** Statements and expressions of the function, up to the division, that mention the divisor in a test: an `if`,
 * `while`, `assert`, conditional expression, `and`/`or`, or a comparison. Any such look counts as a check. */
function lookedAt(divisor: string, hit: SyntaxNode, scope: SyntaxNode): boolean {
  const word = new RegExp(`(?<![\\w.])${divisor.replace(/[.]/g, '\\.')}(?![\\w(])`);
  for (const n of walk(scope)) {
    if (n.startIndex >= hit.endIndex) break;
    const cond = n.childForFieldName('condition');
    if (cond && word.test(cond.text)) return true;
    if (/^(assert_statement|boolean_operator|comparison_operator)$/.test(n.type) && word.test(n.text)) return true;
  }
  for (let cur = hit.parent; cur && cur !== scope; cur = cur.parent) {
    if (cur.type === 'for_statement' && word.test(cur.childForFieldName('right')?.text ?? '')) return true;
    if (cur.type === 'try_statement' && CATCHES.test(cur.text)) return true;
    // `a / b if b else 0`: the conditional expression tests the divisor before the division runs.
    if (cur.type === 'conditional_expression' && word.test(cur.namedChildren[1]?.text ?? '')) return true;
  }
  return false;
}

type DivisorOrigin = 'input' | 'parameter' | null;

/** Where an unchecked divisor comes from, or null when it is no candidate or something checks it first. */
function uncheckedDivisor(hit: SyntaxNode, divisor: SyntaxNode, ctx: RuleContext): DivisorOrigin {
  if (!IDENTIFIER_TYPES.has(divisor.type) && divisor.type !== 'attribute') return null;
  if (/^[A-Z][A-Z0-9_]*$/.test(divisor.text.split('.').at(-1) ?? '')) return null;
  const fn = ancestor(hit, FUNCTION_TYPES);
  if (!fn || fn.type !== 'function_definition') return null;
  if (notArithmetic(hit, divisor) || lookedAt(divisor.text, hit, scopeOf(hit))) return null;
  if (taintOf(hit, RULE_ID, INPUT_TAINT, ctx).names.has(divisor.text.replace(/\s+/g, ''))) return 'input';
  const parameter = parameterNames(fn).get(divisor.text);
  if (parameter && !textParameter(parameter) && !reassigned(divisor.text, fn, hit)) return 'parameter';
  return null;
}

/** A parameter given a new value before the division is no longer the caller's value. */
function reassigned(name: string, fn: SyntaxNode, hit: SyntaxNode): boolean {
  for (const n of walk(fn.childForFieldName('body') ?? fn)) {
    if (n.startIndex >= hit.startIndex) break;
    if (/^(assignment|augmented_assignment)$/.test(n.type) && n.childForFieldName('left')?.text === name) return true;
  }
  return false;
}

const QUERY =
  '(binary_operator operator: ["/" "//" "%"] right: (_) @divisor) @hit\n' +
  '(augmented_assignment operator: ["/=" "//=" "%="] right: (_) @divisor) @hit';

export const pyUncheckedDivisor: QueryRule = {
  id: RULE_ID,
  cwe: 'CWE-369',
  severity: 'warning',
  languages: ['python'],
  kind: 'query',
  query: { python: QUERY },
  message:
    'The divisor comes from a parameter or from input and nothing before the division checks it; a zero raises ZeroDivisionError.',
  fix: 'Reject or handle a zero divisor first (`if not count: ...`, `if count <= 0: raise ValueError(...)`).',
  predicate: ({ hit, divisor }, ctx) =>
    hit !== undefined && divisor !== undefined && uncheckedDivisor(hit, divisor, ctx) !== null,
  // Only a divisor read from input is evidence. A parameter is the caller's value: a library function dividing by
  // its argument has the same contract as `/` itself, and real code validates at the boundary where input enters,
  // so in helpers and methods alike it is a note.
  tierOf: ({ hit, divisor }, ctx) =>
    hit && divisor && uncheckedDivisor(hit, divisor, ctx) === 'input' ? 'finding' : 'note',
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe369Python: readonly Rule[] = [pyUncheckedDivisor];
