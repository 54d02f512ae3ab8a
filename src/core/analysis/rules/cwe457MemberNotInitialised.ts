// CWE-457 for C++ classes: a scalar or pointer data member with no default initialiser that a constructor leaves
// unset (not in its initialiser list, not assigned in its body) while a method reads it. The object then starts with
// whatever the memory held. Reported on the member's declaration, once per member.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { escapeRegExp } from '../ruleParts/textPatterns';

const SCALAR =
  /^(?:(?:unsigned|signed|long|short|const)\s+)*(int|long|short|char|bool|float|double|size_t|std::size_t|ssize_t|u?int\d+_t|unsigned|time_t|off_t)\s*$/;

/** Constructors written out in the class body (a `= delete` / `= default` one has no body to judge). */
function constructors(body: SyntaxNode, cls: string): SyntaxNode[] {
  return body.namedChildren.filter(
    (c): c is SyntaxNode =>
      c?.type === 'function_definition' &&
      c.childForFieldName('body')?.type === 'compound_statement' &&
      new RegExp(`^(explicit\\s+)?${escapeRegExp(cls)}\\s*\\(`).test(c.childForFieldName('declarator')?.text ?? c.text),
  );
}

/** The constructor sets `member` (initialiser list, assignment in its body) or delegates to another constructor. */
function setsMember(ctor: SyntaxNode, member: string, cls: string): boolean {
  const m = escapeRegExp(member);
  const list = ctor.namedChildren.find((c) => c?.type === 'field_initializer_list')?.text ?? '';
  if (new RegExp(`\\b${m}\\s*[({]|\\b${escapeRegExp(cls)}\\s*[({]`).test(list)) return true;
  const body = ctor.childForFieldName('body')?.text ?? '';
  return new RegExp(
    `\\b${m}\\s*=(?!=)|\\b(memset|std::fill|std::memset)\\s*\\(|\\breset\\s*\\(|\\binit\\w*\\s*\\(`,
  ).test(body);
}

export const cppMemberNotInitialised: QueryRule = {
  id: 'cpp-member-not-initialised',
  cwe: 'CWE-457',
  severity: 'warning',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(field_declaration type: (_) @type declarator: (field_identifier) @member) @hit',
  },
  message: 'A constructor leaves this data member without a value, and a method reads it.',
  fix: "Give the member a default initialiser (int count_ = 0;) or set it in every constructor's initialiser list.",
  predicate: ({ type, member, hit }) => {
    if (!type || !member || !hit || /=|\{/.test(hit.text) || /\bstatic\b/.test(hit.text)) return false;
    if (!SCALAR.test(type.text) && !/\*\s*\w+\s*;/.test(hit.text)) return false;
    const body = hit.parent;
    const cls = body?.parent?.childForFieldName('name')?.text;
    if (!body || !cls || body.type !== 'field_declaration_list') return false;
    const ctors = constructors(body, cls);
    if (ctors.length === 0 || ctors.every((c) => setsMember(c, member.text, cls))) return false;
    // Some other method reads the member.
    const m = new RegExp(`\\b${escapeRegExp(member.text)}\\b`);
    return body.namedChildren.some(
      (c) => c?.type === 'function_definition' && !ctors.includes(c) && m.test(c.childForFieldName('body')?.text ?? ''),
    );
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe457MemberNotInitialised: readonly Rule[] = [cppMemberNotInitialised];
