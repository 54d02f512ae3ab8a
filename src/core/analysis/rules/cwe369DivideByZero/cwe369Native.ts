// CWE-369 divide by zero (Native rules: C and C++): the analyser rules for this weakness, in registry order.
import type { RuleContext } from '../../RuleContext';
import { argumentsAtCallSites } from '../../ruleParts/cCallSiteArguments';
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { declarationsOf } from '../../cDeclarations';
import { escapeRe, squash } from '../../ruleParts/cIndexAccess';
import { scopeOf, walk } from '../../walk';
import { PATH_OR_TEXT_TYPE, pathJoin } from '../../ruleParts/cppPathJoin';
import { nonZeroConstant } from './divisorFacts';
import { valuesBefore } from '../../ruleParts/localValuesBefore';
import { fromCallerOrInput, inputDerived, rootName } from '../../cBoundsFacts';
import { fieldAssignments, memberFromOutside } from '../../ruleParts/cKeptState';
import { enclosingParameterNames } from '../../functionParameters';

const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$|^k[A-Z]/;
const FLOAT_TYPE = /\b(float|double)\b/;
const ASSERTS = /assert|ASSERT|return_if_fail|return_val_if_fail|CHECK|ensure|expects/i;

/** Looks through parentheses, C casts and `static_cast<T>(x)`. */
function unwrap(node: SyntaxNode): SyntaxNode {
  let v = node;
  for (;;) {
    if (v.type === 'parenthesized_expression' || v.type === 'cast_expression') {
      v = v.childForFieldName('value') ?? v.namedChildren.at(-1) ?? v;
    } else if (v.type === 'call_expression' && /^static_cast\b/.test(v.childForFieldName('function')?.text ?? '')) {
      const arg = v.childForFieldName('arguments')?.namedChildren[0];
      if (!arg) return v;
      v = arg;
    } else {
      return v;
    }
  }
}

/** Floating-point division (a float literal or a cast to float/double in the expression) does not trap. */
function floatingDivision(hit: SyntaxNode): boolean {
  return /\b(double|float)\b|\d\.\d*|\.\d/.test(hit.text);
}

/** Calls that return a count: `v.size()`, `s.length()`, `strlen(s)`; other calls (path joins, macros) are skipped. */
const COUNT_CALL = /(\.|->)(size|length|count)$|^(strlen|wcslen)$/;

/** Divisors that can be zero at run time: variables, fields, elements and calls such as `v.size()`. */
function variableDivisor(divisor: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  const d = unwrap(divisor);
  if (d.type === 'identifier') {
    if (CONSTANT_NAME.test(d.text) || nonZeroConstant(d.text, ctx)) return false;
    const decl = declarationsOf(at, ctx).find((x) => x.name === d.text);
    return !(decl && (FLOAT_TYPE.test(decl.type) || PATH_OR_TEXT_TYPE.test(decl.type)));
  }
  if (d.type === 'call_expression') return COUNT_CALL.test(squash(d.childForFieldName('function')?.text ?? ''));
  return /^(field_expression|subscript_expression|pointer_expression)$/.test(d.type);
}

/** Conditions, assertions and `&&`/`||` operands of the function that come before `at`. */
function conditionsBefore(at: SyntaxNode): string[] {
  const out: string[] = [];
  for (const n of walk(scopeOf(at))) {
    if (n.startIndex >= at.startIndex) continue;
    const cond = n.childForFieldName('condition');
    if (cond && /^(if_statement|while_statement|for_statement|do_statement|conditional_expression)$/.test(n.type))
      out.push(squash(cond.text));
    if (n.type === 'call_expression' && ASSERTS.test(n.childForFieldName('function')?.text ?? ''))
      out.push(squash(n.childForFieldName('arguments')?.text ?? ''));
    if (n.type === 'binary_expression' && /^(&&|\|\|)$/.test(n.childForFieldName('operator')?.text ?? ''))
      out.push(squash(n.text));
  }
  return out;
}

/** True when some condition compares the divisor with a number or tests it for truth. */
function checkedBefore(divisor: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  const d = escapeRe(squash(unwrap(divisor).text));
  const end = '(?![\\w.(\\[]|->)';
  const start = '(?<![\\w.>])';
  const tests = [
    new RegExp(`${start}${d}${end}(==|!=|<=|>=|<|>)-?\\d`),
    new RegExp(`-?\\d(==|!=|<=|>=|<|>)${d}${end}`),
    new RegExp(`!\\(?${d}${end}`),
    new RegExp(`(^|&&|\\|\\||\\()${d}(&&|\\|\\||\\)|$)`),
  ];
  // `v.size()` itself, or a local set only from it (`int len = salt.size();`): `!v.empty()` rules out zero.
  let inner = unwrap(divisor);
  const values = inner.type === 'identifier' ? valuesBefore(inner.text, at, ctx) : [];
  if (values.length === 1 && values[0]) inner = unwrap(values[0]);
  const object =
    inner.type === 'call_expression' ? inner.childForFieldName('function')?.childForFieldName('argument') : null;
  if (object) tests.push(new RegExp(`${start}${escapeRe(squash(object.text))}(\\.|->)empty\\(\\)`));
  if (conditionsBefore(at).some((c) => tests.some((t) => t.test(c)))) return true;
  // Inside a loop bounded by the divisor (`for (i = 0; i < n; i++) ... / n`) the divisor is above zero.
  const word = new RegExp(`${start}${d}${end}`);
  for (let cur = at.parent; cur; cur = cur.parent) {
    if (!/^(for_statement|while_statement)$/.test(cur.type)) continue;
    const cond = cur.childForFieldName('condition');
    if (cond && word.test(squash(cond.text))) return true;
  }
  return false;
}

/**
 * A difference whose two sides a condition compared before (`if (hi <= lo) return -1; span = hi - lo; x / span`):
 * the test that rules out a zero or negative range. The divisor is the difference itself or a local assigned it.
 */
function differenceOfCompared(divisor: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  let d = unwrap(divisor);
  if (d.type === 'identifier') {
    const values = valuesBefore(d.text, at, ctx);
    if (values.length !== 1 || !values[0]) return false;
    d = unwrap(values[0]);
  }
  if (d.type !== 'binary_expression' || d.childForFieldName('operator')?.text !== '-') return false;
  const a = escapeRe(squash(unwrap(d.childForFieldName('left') ?? d).text));
  const b = escapeRe(squash(unwrap(d.childForFieldName('right') ?? d).text));
  const side = (x: string): string => `(?<![\\w.>])${x}(?![\\w.(\\[]|->)`;
  const compared = new RegExp(`${side(a)}(==|!=|<=|>=|<|>)${side(b)}|${side(b)}(==|!=|<=|>=|<|>)${side(a)}`);
  return conditionsBefore(at).some((c) => compared.test(c));
}

/** A variable only ever given non-zero literals (`int n = 8;`) cannot be zero. */
const NON_ZERO_LITERAL = /^-?[1-9][\d]*[uUlL]*$|^-?0x0*[1-9a-fA-F][\da-fA-F]*$/;

/** A parameter every call of the function in this file sets to a non-zero literal (`format(x, 10)`, `(x, 16)`). */
function callersPassNonZero(divisor: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  const d = unwrap(divisor);
  const values = d.type === 'identifier' ? argumentsAtCallSites(at, d.text, ctx) : null;
  return values !== null && values.every((v) => NON_ZERO_LITERAL.test(v));
}

function onlyNonZeroLiterals(divisor: SyntaxNode, at: SyntaxNode): boolean {
  const d = unwrap(divisor);
  if (d.type !== 'identifier') return false;
  const values: string[] = [];
  for (const n of walk(scopeOf(at))) {
    if (n.type === 'init_declarator' && n.childForFieldName('declarator')?.text === d.text)
      values.push(n.childForFieldName('value')?.text ?? '');
    if (n.type === 'assignment_expression' && n.childForFieldName('left')?.text === d.text)
      values.push(n.childForFieldName('operator')?.text === '=' ? (n.childForFieldName('right')?.text ?? '') : '');
    if (n.type === 'parameter_declaration' && n.text.match(new RegExp(`\\b${escapeRe(d.text)}$`))) values.push('');
  }
  return values.length > 0 && values.every((v) => NON_ZERO_LITERAL.test(v.trim()));
}

/**
 * A field the file only ever sets to a non-zero literal or to a value its constructor checked first
 * (`if (cap == 0) return NULL; ... r->cap = cap;`): a capacity the owner guarantees, not re-checked at each use.
 */
function nonZeroInvariant(divisor: SyntaxNode, ctx: RuleContext): boolean {
  const d = unwrap(divisor);
  if (d.type !== 'field_expression') return false;
  const sets = fieldAssignments(d.childForFieldName('field')?.text ?? '', ctx);
  return (
    sets.length > 0 &&
    sets.every((a) => {
      const value = a.childForFieldName('right');
      if (!value || a.childForFieldName('operator')?.text !== '=') return false;
      if (/^[1-9]\d*[uUlL]*$/.test(value.text.trim()) || CONSTANT_NAME.test(value.text.trim())) return true;
      // `m->n = m->count = 0` in a teardown that frees the storage: the object is dead, not a live zero.
      if (/^(\w+(->|\.)\w+\s*=\s*)*0[uUlL]*$/.test(value.text.trim()) && /\b(free|delete)\b/.test(scopeOf(a).text))
        return true;
      return value.type === 'identifier' && checkedBefore(value, a, ctx);
    })
  );
}

/** Long functions mostly divide by fields validated elsewhere (a parser's header check); on the labelled C dev code
 * the findings on secure samples came almost all from functions longer than this. */
const MAX_FUNCTION_LINES = 60;

function shortFunction(node: SyntaxNode): boolean {
  const fn = scopeOf(node);
  return fn.type === 'function_definition' && fn.endPosition.row - fn.startPosition.row <= MAX_FUNCTION_LINES;
}

/**
 * `items_.size()` of a `std::array<T, N>` (N a non-zero literal or constant) declared in this file: its size is
 * fixed at compile time, so `% items_.size()` in a ring index cannot divide by zero.
 */
function fixedArraySize(divisor: SyntaxNode): boolean {
  const m = /^([\w.>-]*?)(\w+)\s*(\.|->)\s*size\s*\(\s*\)$/.exec(unwrap(divisor).text.trim());
  if (!m) return false;
  let root = divisor;
  while (root.parent) root = root.parent;
  return new RegExp(`std::array\\s*<[^;>]*,\\s*([1-9]\\d*|[A-Z][A-Z0-9_]*)\\s*>\\s*${m[2]}\\b`).test(root.text);
}

/** `INT_MAX / n < m` is the overflow-check idiom, written next to the code that sizes `n`. */
function overflowGuard(hit: SyntaxNode): boolean {
  const left = hit.childForFieldName('left');
  return left !== null && /^[A-Z][A-Z0-9_]*_MAX$/.test(unwrap(left).text);
}

/**
 * Where the divisor's value comes from decides the tier. A finding when it is handed in or read here: a parameter or
 * input (directly or through local assignments), a member of a read-only record a caller passed, or a member this
 * file sets without checking. A note when it is state the program keeps elsewhere (a member of a context object set
 * in another file, a global, a value computed from such), whose non-zero invariant the owner keeps: on kernel,
 * curl and nginx code these were nearly all of the rule's findings.
 */
function divisorFromOutside(divisor: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  const d = unwrap(divisor);
  const root = rootName(squash(d.text));
  if (d.type === 'field_expression') return memberFromOutside(squash(d.text), at, ctx);
  if (d.type !== 'identifier') return enclosingParameterNames(at).has(root) || inputDerived(root, at, ctx);
  // A member in an assigned value is kept state, as above: not followed to its object.
  return fromCallerOrInput([d.text], at, ctx, true) || sizeOfParameter(d.text, at, ctx);
}

/**
 * Every value the local had before `at` is the size of a parameter's container, through a cast or not
 * (`int count = static_cast<int>(v.size())`): the caller's container may be empty, as with `total / v.size()`.
 */
function sizeOfParameter(name: string, at: SyntaxNode, ctx: RuleContext): boolean {
  const values = valuesBefore(name, at, ctx);
  const params = enclosingParameterNames(at);
  return (
    values.length > 0 &&
    values.every((v) => {
      const m = /^(\w+)\s*(\.|->)\s*(size|length)\s*\(\s*\)$/.exec(unwrap(v).text);
      return m?.[1] !== undefined && params.has(m[1]);
    })
  );
}

const QUERY =
  '(binary_expression operator: ["/" "%"] right: (_) @divisor) @hit\n' +
  '(assignment_expression operator: ["/=" "%="] right: (_) @divisor) @hit';

export const cUncheckedDivisor: QueryRule = {
  id: 'c-unchecked-divisor',
  cwe: 'CWE-369',
  severity: 'warning',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: { c: QUERY, cpp: QUERY },
  message:
    'The divisor can be zero here and nothing before the division checks it; integer division by zero crashes the process.',
  fix: 'Check the divisor (count == 0, v.empty()) before dividing and decide what the result is for an empty or zero input.',
  predicate: ({ hit, divisor }, ctx) =>
    hit !== undefined &&
    shortFunction(hit) &&
    !overflowGuard(hit) &&
    divisor !== undefined &&
    !pathJoin(hit, ctx) &&
    !floatingDivision(hit) &&
    variableDivisor(divisor, hit, ctx) &&
    !checkedBefore(divisor, hit, ctx) &&
    !differenceOfCompared(divisor, hit, ctx) &&
    !nonZeroInvariant(divisor, ctx) &&
    !fixedArraySize(divisor) &&
    !onlyNonZeroLiterals(divisor, hit) &&
    !callersPassNonZero(divisor, hit, ctx),
  tierOf: ({ hit, divisor }, ctx) => (hit && divisor && divisorFromOutside(divisor, hit, ctx) ? 'finding' : 'note'),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe369Native: readonly Rule[] = [cUncheckedDivisor];
