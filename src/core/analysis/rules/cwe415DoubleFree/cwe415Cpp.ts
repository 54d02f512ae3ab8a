// CWE-415 double free (Cpp rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import { deleteQuery, fateAfter, statementsAfter } from '../../ruleParts/cppLifetimeFacts';
import { releasedByCalleeLater } from '../../ruleParts/cReleasingCallees';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { namedChildren, scopeOf } from '../../walk';
import { fileCopiesObjectOf } from '../../ruleParts/cppClassCopies';

const SMART_FROM_RAW = /(shared_ptr|unique_ptr)\s*<[^;]*?>\s*(\w+\s*)?[({]\s*(\w+)\s*[)}]/;

/**
 * Types that cannot be copied (streams, mutexes, threads, unique owners, `noncopyable` bases): a class that derives
 * from one or holds one by value has no implicit copy, so its destructor's delete runs once per object.
 */
const NON_COPYABLE =
  /\b((std::)?(basic_)?(i|o|io|if|of|f|istring|ostring|string)?stream|(std::)?(unique_ptr|thread|jthread|atomic|condition_variable)\b|\w*(Mutex|mutex)|(boost::)?noncopyable)\b/;

/** The class's bases, and the types of its members held by value (not through a pointer or reference). */
function nonCopyablePart(cls: SyntaxNode, body: SyntaxNode): boolean {
  const bases = namedChildren(cls).find((c) => c.type === 'base_class_clause');
  if (bases && NON_COPYABLE.test(bases.text)) return true;
  return namedChildren(body).some(
    (m) =>
      m.type === 'field_declaration' &&
      !/^\s*static\b/.test(m.text) &&
      NON_COPYABLE.test(m.childForFieldName('type')?.text ?? '') &&
      m.childrenForFieldName('declarator').some((d) => d?.type === 'field_identifier'),
  );
}

const CLASS =
  '[(class_specifier name: (type_identifier) @name body: (field_declaration_list) @body) (struct_specifier name: (type_identifier) @name body: (field_declaration_list) @body)] @hit';

export const cppDoubleDelete: QueryRule = {
  id: 'cpp-double-delete',
  cwe: 'CWE-415',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: deleteQuery },
  message: 'The same pointer can be deleted twice on one path.',
  fix: 'Delete each object once: return after the cleanup, set the pointer to nullptr, or let a std::unique_ptr own it.',
  predicate: ({ name, hit }, ctx) =>
    !!name &&
    !!hit &&
    (fateAfter(hit, name.text) === 'delete' || releasedByCalleeLater(statementsAfter(hit), name.text, ctx)),
};

export const cppTwoOwnersOneRaw: QueryRule = {
  id: 'cpp-two-owners-one-pointer',
  cwe: 'CWE-415',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(declaration) @hit' },
  message: 'Two smart pointers are built from the same raw pointer; each deletes it, so it is freed twice.',
  fix: 'Create one owner (std::make_shared / std::make_unique) and copy or share that owner instead of the raw pointer.',
  predicate: ({ hit }) => {
    if (!hit) return false;
    const raw = SMART_FROM_RAW.exec(hit.text)?.[3];
    if (!raw || /^(new|nullptr)$/.test(raw)) return false;
    const fn = scopeOf(hit);
    const before = fn.text.slice(0, hit.startIndex - fn.startIndex);
    return before.split(';').some((s) => SMART_FROM_RAW.exec(s)?.[3] === raw);
  },
};

export const cppCopyDoubleDelete: QueryRule = {
  id: 'cpp-copy-double-delete',
  cwe: 'CWE-415',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: CLASS },
  message:
    'The destructor deletes a raw pointer member and the file copies the object, so each copy deletes the same memory again.',
  fix: 'Delete (or define) the copy constructor and copy assignment, or hold the memory in std::vector / std::unique_ptr.',
  predicate: ({ name, body, hit }, ctx) => {
    if (!name || !body || !hit || nonCopyablePart(hit, body)) return false;
    if (!fileCopiesObjectOf(name.text, ctx.code)) return false;
    const cls = name.text;
    const dtor = new RegExp(
      `~${cls}\\s*\\(\\s*\\)[^{;]*\\{[^}]*\\b(delete(\\s*\\[\\s*\\])?|free\\s*\\()\\s*\\(?\\s*\\w+`,
    ).exec(body.text);
    if (!dtor) return false;
    // Any user-declared copy constructor (defined or = delete) means copies were thought about.
    return !new RegExp(`\\b${cls}\\s*\\(\\s*(const\\s+)?${cls}\\s*&(?!&)`).test(body.text);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe415Cpp: readonly Rule[] = [cppDoubleDelete, cppTwoOwnersOneRaw, cppCopyDoubleDelete];
