// Shared rule helpers for the shape of C# code: members, attributes, built values, input.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { namedChildren, scopeOf, walk } from '../walk';
import type { QueryRule, RuleMeta } from '../Rule';
import type { RuleContext } from '../RuleContext';

/** Calls whose result carries no syntax: encoders, escapers, numeric parses. */
export const CS_SANITIZER =
  /(Encode|Escape|Sanitize|Quote)\w*$|^(int|long|short|Guid|decimal|double)\.(Try)?Parse$|^Convert\.To(Int|Double|Decimal)/;

export function calleeText(node: SyntaxNode): string {
  return (node.childForFieldName('function') ?? namedChildren(node)[0])?.text.replace(/\s+/g, '') ?? '';
}

/** A local whose last value before this use is inert (`var safe = _html.Encode(name);` then `$"<p>{safe}</p>"`). */
function inertLocal(node: SyntaxNode, depth = 0): boolean {
  const value = csLocalValue(node.text, node);
  if (!value || depth > 3) return false;
  return value.type === 'identifier' ? inertLocal(value, depth + 1) : inert(value);
}

/** A value that is a literal, `nameof`, or a sanitiser call: it cannot smuggle syntax in. */
export function inert(node: SyntaxNode): boolean {
  if (
    /^(string_literal|verbatim_string_literal|raw_string_literal|integer_literal|real_literal|boolean_literal|character_literal|null_literal)$/.test(
      node.type,
    )
  )
    return true;
  if (node.type === 'interpolated_string_expression')
    return !namedChildren(node).some(
      (c) => c.type === 'interpolation' && !inert(namedChildren(c).find((k) => k.type !== 'interpolation_brace') ?? c),
    );
  if (node.type === 'parenthesized_expression') return namedChildren(node).every(inert);
  if (node.type === 'identifier') return numericName(node.text, node) || inertLocal(node);
  if (node.type === 'invocation_expression')
    return CS_SANITIZER.test(calleeText(node)) || calleeText(node) === 'nameof';
  return false;
}

/** The local value a name was last given before `at`, from `var x = ...` or `x = ...`. */
export function csLocalValue(name: string, at: SyntaxNode): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  for (const n of walk(scopeOf(at))) {
    if (n.startIndex >= at.startIndex) continue;
    if (n.type === 'variable_declarator' && namedChildren(n)[0]?.text === name && namedChildren(n).length > 1)
      found = namedChildren(n).at(-1);
    if (n.type === 'assignment_expression' && n.childForFieldName('left')?.text === name)
      found = n.childForFieldName('right') ?? undefined;
  }
  return found;
}

export const NUMERIC_TYPE =
  /^(int|long|short|byte|uint|ulong|double|float|decimal|bool|Guid|DateTime|DateTimeOffset)\??$/;

/** The name is a parameter or local declared with a numeric (or other syntax-free) type. */
export function numericName(name: string, at: SyntaxNode): boolean {
  for (const n of walk(scopeOf(at))) {
    if (n.type === 'parameter' && n.childForFieldName('name')?.text === name)
      return NUMERIC_TYPE.test(n.childForFieldName('type')?.text ?? '');
    if (
      n.type === 'variable_declaration' &&
      namedChildren(n).some((d) => d.type === 'variable_declarator' && namedChildren(d)[0]?.text === name)
    ) {
      return NUMERIC_TYPE.test(n.childForFieldName('type')?.text ?? '');
    }
  }
  return false;
}

/** A string assembled at run time (`+`, `$"{x}"`, string.Format/Concat) from a part that is not inert. */
export function csBuilt(node: SyntaxNode | undefined, depth = 0): boolean {
  if (!node || depth > 4 || inert(node)) return false;
  switch (node.type) {
    case 'interpolated_string_expression':
      return true;
    case 'binary_expression':
      return (
        node.text.includes('"') &&
        namedChildren(node).some((c) => (c.type === 'binary_expression' ? csBuilt(c, depth + 1) : !inert(c)))
      );
    case 'parenthesized_expression':
      return namedChildren(node).some((c) => csBuilt(c, depth + 1));
    case 'invocation_expression':
      return /^(string|String)\.(Format|Concat|Join)$/.test(calleeText(node));
    case 'identifier':
      return !numericName(node.text, node) && csBuilt(csLocalValue(node.text, node), depth + 1);
    default:
      return false;
  }
}

/** Not a literal and not a local holding only inert text: the value may come from outside. */
export function csVariable(node: SyntaxNode | undefined, depth = 0): boolean {
  if (!node || inert(node) || depth > 4) return false;
  if (node.type === 'identifier') {
    const value = csLocalValue(node.text, node);
    return !numericName(node.text, node) && (value === undefined || csVariable(value, depth + 1));
  }
  return /^(binary_expression|interpolated_string_expression)$/.test(node.type) ? csBuilt(node, depth) : true;
}

export function propertyName(left: SyntaxNode): string {
  return left.type === 'identifier' ? left.text : (namedChildren(left).at(-1) ?? left).text;
}

/** Rule over assignments (statements or object initialisers) to a property whose name matches. */
export function csPropertyRule(
  meta: RuleMeta,
  property: RegExp,
  bad: (right: SyntaxNode, ctx: RuleContext) => boolean,
): QueryRule {
  return {
    ...meta,
    kind: 'query',
    query: { csharp: '(assignment_expression) @hit' },
    predicate: ({ hit }, ctx) => {
      const left = hit?.childForFieldName('left');
      const right = hit?.childForFieldName('right');
      return !!left && !!right && property.test(propertyName(left)) && bad(right, ctx);
    },
  };
}

/** Rule over attributes (`[Name(...)]`) whose name, without an `Attribute` suffix, matches. */
export function csAttributeRule(meta: RuleMeta, name: RegExp, when?: (attribute: SyntaxNode) => boolean): QueryRule {
  return {
    ...meta,
    kind: 'query',
    query: { csharp: '(attribute) @hit' },
    predicate: ({ hit }) =>
      !!hit &&
      name.test((hit.childForFieldName('name') ?? namedChildren(hit)[0])?.text.replace(/Attribute$/, '') ?? '') &&
      (when?.(hit) ?? true),
  };
}

/** Rule over member accesses such as `TypeNameHandling.All` whose text matches. */
export function csMemberRule(meta: RuleMeta, text: RegExp): QueryRule {
  return {
    ...meta,
    kind: 'query',
    query: { csharp: '(member_access_expression) @hit' },
    predicate: ({ hit }) => !!hit && text.test(hit.text.replace(/\s+/g, '')),
  };
}

/** Parameter names of the method around a node. */
export function csParameters(node: SyntaxNode): Set<string> {
  const scope = scopeOf(node);
  const list = namedChildren(scope).find((c) => c.type === 'parameter_list');
  return new Set(
    namedChildren(list ?? null).map((p) => p.childForFieldName('name')?.text ?? namedChildren(p).at(-1)?.text ?? ''),
  );
}

/** Calls whose result cannot steer a path, URL or query: file-name reducers, random names, parses. */
export const INPUT_CUT = /^Path\.(GetFileName|GetExtension|GetRandomFileName)$|^Url\.(Action|Content|RouteUrl)$/;

/** The value derives from a method parameter or request data (following locals), not through a sanitiser. */
export function csFromInput(node: SyntaxNode | undefined, depth = 0): boolean {
  if (!node || depth > 5 || inert(node)) return false;
  if (/\bRequest\.(Query|Form|Headers|Cookies|RouteValues|Body)\b/.test(node.text)) return true;
  const params = csParameters(node);
  const skip = (n: SyntaxNode): boolean =>
    n.type === 'invocation_expression' && (inert(n) || INPUT_CUT.test(calleeText(n)));
  for (const n of walk(node, skip)) {
    if (
      n.type !== 'identifier' ||
      (n.parent?.type === 'member_access_expression' && n.parent.childForFieldName('name')?.startIndex === n.startIndex)
    )
      continue;
    if (params.has(n.text)) return true;
    const value = csLocalValue(n.text, n);
    if (value && csFromInput(value, depth + 1)) return true;
  }
  return false;
}
