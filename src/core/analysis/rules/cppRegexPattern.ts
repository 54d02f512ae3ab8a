// CWE-1333 in C++: std::regex (a backtracking engine) built from a literal with nested quantifiers.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import { nestedQuantifier } from './resourceLimits';

/** The pattern as the regex engine sees it: quotes removed, C escapes (`\\.`) folded to one backslash. */
function patternOf(literal: string): string {
  const raw = /^u?8?R"([^(]*)\(([\s\S]*)\)\1"$/.exec(literal);
  if (raw) return raw[2] ?? '';
  return literal.replace(/^(u8|[uUL])?"|"$/g, '').replace(/\\\\/g, '\\');
}

export const cppRegexNested: QueryRule = {
  id: 'cpp-regex-nested-quantifier',
  cwe: 'CWE-1333',
  severity: 'warning',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '[(string_literal) (raw_string_literal)] @hit' },
  message:
    'std::regex backtracks, and this pattern repeats a group that itself repeats, so some inputs take exponential time.',
  fix: 'Rewrite the pattern so each character can match in only one way (e.g. `[a-z]+(\\.[a-z]+)*`) and cap the input length.',
  predicate: ({ hit }) => hit !== undefined && buildsRegex(hit) && nestedQuantifier(patternOf(hit.text)),
};

/** The literal is the pattern of a std::regex: a declaration `std::regex r("...")` or a `std::regex(...)` call. */
function buildsRegex(literal: SyntaxNode): boolean {
  let node: SyntaxNode | null = literal.parent;
  for (let hops = 0; node && hops < 4; node = node.parent, hops += 1) {
    if (node.type === 'declaration') return /(^|::)w?regex$/.test(node.childForFieldName('type')?.text ?? '');
    if (node.type === 'call_expression') return /(^|::)w?regex$/.test(node.childForFieldName('function')?.text ?? '');
  }
  return false;
}
