// CWE-20, missing-check round: a number converted from request input in a web handler and used, with no range check
// anywhere in the handler, as an amount of money or goods (negative quantities, refunds larger than the order) or as
// an array index in a language that throws or panics out of range (Java, C#, Go). Parsing alone is no validation: the
// fix compares the value (`amount <= 0 || amount > MAX`, `i >= len(xs)`), clamps it, or declares a range.
// Only in a handler, with the use in sight: a converted number alone is no evidence.
import type { QueryRule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { webHandlerScope } from '../ruleParts/webHandlerScope';
import { scopeOf } from '../walk';

/** Conversions to a number, by the text of the converting expression. */
const CONVERSION: Record<string, RegExp> = {
  python: /^(int|float|Decimal|decimal\.Decimal)\s*\(/,
  javascript: /^(Number|parseInt|parseFloat|Number\.parseInt|Number\.parseFloat)\s*\(/,
  typescript: /^(Number|parseInt|parseFloat|Number\.parseInt|Number\.parseFloat)\s*\(/,
  go: /^strconv\.(Atoi|ParseInt|ParseUint|ParseFloat)\s*\(/,
  java: /^(Integer\.(parseInt|valueOf)|Long\.(parseLong|valueOf)|Double\.(parseDouble|valueOf)|new\s+BigDecimal)\s*\(/,
  csharp: /^(int|long|decimal|double|Int32|Int64|Decimal|Convert)\.(Parse|ToInt32|ToInt64|ToDecimal|ToDouble)\s*\(/,
  php: /^(\(\s*(int|integer|float|double)\s*\)|intval\s*\(|floatval\s*\()/,
};

/** Request data by the text of the converted expression. */
const REQUEST_TEXT =
  /\brequest\.(form|args|values|json|get_json|GET|POST|data|query_params)\b|\breq\.(body|query|params)\b|\$_(GET|POST|REQUEST|COOKIE)\b|getParameter\(|\.URL\.Query\(\)|\bFormValue\(|\bc\.(Query|Param|PostForm|FormValue)\(|\bRequest\.(Query|Form)\b|\$request->(input|get|query)\(/;

/** Names that say the number is an amount of money or goods. */
const AMOUNT_NAME = /amount|qty|quantity|price|total|value|sum|credit|points|units|shares|tip|discount|count/i;
/** The handler moves money or goods. */
const MONEY_CONTEXT =
  /transfer|charge|refund|withdraw|payment|pay\(|debit|credit|deposit|balance|purchase|checkout|wallet|cart|order/i;
const INDEXED_LANGUAGES = new Set(['java', 'csharp', 'go']);
const TARGETS = new Set([
  'assignment',
  'assignment_expression',
  'variable_declarator',
  'short_var_declaration',
  'lexical_declaration',
]);

/** The variable the converted value is stored in (`amount = int(...)`, `i, err := strconv.Atoi(...)`). */
function targetName(hit: SyntaxNode): string | null {
  let node: SyntaxNode | null = hit.parent;
  for (let i = 0; node && i < 3 && !TARGETS.has(node.type); i += 1) node = node.parent;
  if (!node) return null;
  const left = node.childForFieldName('left') ?? node.childForFieldName('name') ?? node.namedChildren[0];
  const name = /^\$?\w+/.exec(left?.text ?? '')?.[0];
  return name && name !== hit.text ? name : null;
}

/** Any comparison, clamp or declared range of `name` in the function. */
function rangeChecked(name: string, scope: string): boolean {
  const n = escapeRegExp(name);
  const bound = `(?<![\\w$.])${n}(?![\\w(])`;
  return new RegExp(
    `${bound}\\s*(<=?|>=?)(?!-)|(?<![-=])(<=?|>=?)\\s*${bound}|\\b(min|max|clamp|Clamp|Min|Max)\\s*\\([^)]*${bound}|${bound}\\s+(not\\s+)?in\\s+range|@(Min|Max|Positive|Range)\\b|\\bRange\\(`,
  ).test(scope);
}

function uncheckedNumber(hit: SyntaxNode, ctx: RuleContext): boolean {
  const conversion = CONVERSION[ctx.language];
  if (!conversion?.test(hit.text)) return false;
  const handler = webHandlerScope(hit, ctx);
  if (!handler) return false;
  const inner = hit.text.replace(conversion, '');
  const parameter = /^\s*(\w+)\s*[,)]/.exec(inner)?.[1];
  const params = (handler.node.childForFieldName('parameters') ?? handler.node).text.slice(0, 400);
  const fromInput =
    REQUEST_TEXT.test(inner) || (parameter !== undefined && new RegExp(`\\b${parameter}\\s*[,)]`).test(params));
  const name = fromInput ? targetName(hit) : null;
  if (!name) return false;
  const scope = scopeOf(hit).text;
  if (rangeChecked(name, scope)) return false;
  const bare = escapeRegExp(name);
  const indexes = INDEXED_LANGUAGES.has(ctx.language) && new RegExp(`\\[\\s*${bare}\\s*\\]`).test(scope);
  return indexes || (AMOUNT_NAME.test(name) && MONEY_CONTEXT.test(handler.sightText));
}

const CALL = '(call) @hit';
export const uncheckedNumericInput: QueryRule = {
  id: 'unchecked-numeric-input',
  cwe: 'CWE-20',
  severity: 'warning',
  languages: ['python', 'javascript', 'typescript', 'go', 'java', 'csharp', 'php'],
  kind: 'query',
  query: {
    python: CALL,
    javascript: '(call_expression) @hit',
    typescript: '(call_expression) @hit',
    go: '(call_expression) @hit',
    java: '[(method_invocation) (object_creation_expression)] @hit',
    csharp: '(invocation_expression) @hit',
    php: '[(cast_expression) (function_call_expression)] @hit',
  },
  message:
    'A number from the request is used as an amount or an index with no range check, so negative, zero or huge values go through.',
  fix: 'Check the range right after parsing (e.g. 0 < amount <= MAX, 0 <= i < len) and refuse the request otherwise.',
  predicate: ({ hit }, ctx) => hit !== undefined && uncheckedNumber(hit, ctx),
};
