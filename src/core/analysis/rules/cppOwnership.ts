// CWE-415 in C++: a class that deletes a raw pointer member in its destructor but keeps the compiler's
// copy constructor, so every copy deletes the same memory again (the rule of three broken).
import type { QueryRule } from '../Rule';

const CLASS =
  '[(class_specifier name: (type_identifier) @name body: (field_declaration_list) @body) (struct_specifier name: (type_identifier) @name body: (field_declaration_list) @body)] @hit';

export const cppCopyDoubleDelete: QueryRule = {
  id: 'cpp-copy-double-delete',
  cwe: 'CWE-415',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: CLASS },
  message:
    'The destructor deletes a raw pointer member but copies are allowed, so each copy deletes the same memory again.',
  fix: 'Delete (or define) the copy constructor and copy assignment, or hold the memory in std::vector / std::unique_ptr.',
  predicate: ({ name, body }) => {
    if (!name || !body) return false;
    const cls = name.text;
    const dtor = new RegExp(
      `~${cls}\\s*\\(\\s*\\)[^{;]*\\{[^}]*\\b(delete(\\s*\\[\\s*\\])?|free\\s*\\()\\s*\\(?\\s*\\w+`,
    ).exec(body.text);
    if (!dtor) return false;
    // Any user-declared copy constructor (defined or = delete) means copies were thought about.
    return !new RegExp(`\\b${cls}\\s*\\(\\s*(const\\s+)?${cls}\\s*&(?!&)`).test(body.text);
  },
};
