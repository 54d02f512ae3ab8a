// CWE-476 in C++: `new (std::nothrow) T` returns nullptr instead of throwing, so it needs the test malloc needs; and
// a pointer from getenv/fopen turned into a std::string (`std::string(home) + "/x"`) is read at once.
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { laterSiblings } from '../../ruleParts/cLifetimeFacts';
import { dereferenceOf, nullTestOf } from '../../ruleParts/cNullTests';
import { escapeRegExp } from '../../ruleParts/textPatterns';

/** The name a `T *p = expr` / `p = expr` statement stores into, or null. */
function storedInto(value: SyntaxNode): string | null {
  const holder = value.parent;
  if (!holder || !/init_declarator|assignment_expression/.test(holder.type)) return null;
  const target = holder.childForFieldName('declarator') ?? holder.childForFieldName('left');
  if (!target || target.type === 'pointer_expression') return null;
  return target.text.replace(/^[*&\s]+/, '').replace(/\s+/g, '');
}

/** The first later statement that mentions `name` reads through it, with no NULL test there. */
function firstUseDereferences(at: SyntaxNode, name: string): boolean {
  const mentions = new RegExp(`(?<![\\w>.])${escapeRegExp(name)}(?!\\w)`);
  const first = laterSiblings(at).find((s) => mentions.test(s.text));
  if (!first || nullTestOf(name).test(first.text)) return false;
  return dereferenceOf(name).test(first.text) || stringFrom(name).test(first.text);
}

/** `std::string(p)`, `std::string s(p)`, `std::string s = p`: constructing a string reads the pointer. */
function stringFrom(name: string): RegExp {
  const p = escapeRegExp(name);
  return new RegExp(`\\b(std::)?string\\s*(\\w+\\s*)?[({]\\s*${p}\\s*[)}]|\\b(std::)?string\\s+\\w+\\s*=\\s*${p}\\s*;`);
}

export const cppNothrowNewUnchecked: QueryRule = {
  id: 'cpp-nothrow-new-unchecked',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(new_expression placement: (argument_list) @placement) @hit' },
  message: 'new (std::nothrow) returns nullptr when memory runs out, and the result is used without a check.',
  fix: 'Test the pointer for nullptr right after new (std::nothrow), or use plain new and let it throw.',
  predicate: ({ hit, placement }) => {
    if (!hit || !placement || !/\bnothrow\b/.test(placement.text)) return false;
    const name = storedInto(hit);
    return name !== null && firstUseDereferences(hit, name);
  },
};

export const cppNullableToString: QueryRule = {
  id: 'cpp-nullable-to-string',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(call_expression function: [(identifier) (qualified_identifier)] @fn) @hit' },
  message: 'getenv returns NULL when the variable is unset, and the pointer is made into a std::string unchecked.',
  fix: 'Test the pointer from getenv for nullptr and pick a default before building a std::string from it.',
  predicate: ({ hit, fn }) => {
    if (!hit || !fn || !/^(std::)?getenv$/.test(fn.text)) return false;
    const name = storedInto(hit);
    return name !== null && laterStringFromUnchecked(hit, name);
  },
};

/** The first later statement mentioning the pointer builds a string from it (dereferences are c-nullable-deref's). */
function laterStringFromUnchecked(at: SyntaxNode, name: string): boolean {
  const mentions = new RegExp(`(?<![\\w>.])${escapeRegExp(name)}(?!\\w)`);
  const first = laterSiblings(at).find((s) => mentions.test(s.text));
  return !!first && !nullTestOf(name).test(first.text) && stringFrom(name).test(first.text);
}

/** Every rule in this file, in the order the registry runs them. */
export const cwe476CppNothrow: readonly Rule[] = [cppNothrowNewUnchecked, cppNullableToString];
