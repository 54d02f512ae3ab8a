// CWE-415 double free (Cpp rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import { deleteQuery, fateAfter, statementsAfter } from '../../ruleParts/cppLifetimeFacts';
import { releasedByCalleeLater } from '../../ruleParts/cReleasingCallees';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { namedChildren, scopeOf, walk } from '../../walk';
import type { RuleContext } from '../../RuleContext';
import { fileCopiesObjectOf } from '../../ruleParts/cppClassCopies';

// The template arguments stop before `=`: `unique_ptr<T> d = obj->make(i);` is one owner from a factory call, and a
// wider match once read `make(i)` as an owner built from the raw pointer `i`.
const SMART_FROM_RAW = /(shared_ptr|unique_ptr)\s*<[^;=]*?>\s*(\w+\s*)?[({]\s*(\w+)\s*[)}]/;

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

/** Bodies of the classes and structs this file defines, by name (collected once per analysis). */
function classesInFile(ctx: RuleContext): Map<string, SyntaxNode> {
  let classes = ctx.memo.get('cwe415Cpp:classes') as Map<string, SyntaxNode> | undefined;
  if (classes) return classes;
  classes = new Map();
  ctx.memo.set('cwe415Cpp:classes', classes);
  for (const n of walk(ctx.root)) {
    const body = /^(class|struct)_specifier$/.test(n.type) ? n.childForFieldName('body') : null;
    const name = n.childForFieldName('name')?.text;
    if (body && name) classes.set(name, body);
  }
  return classes;
}

/** The base classes named in the class's base clause (`public Base`, `private ns::Other<T>`), without arguments. */
function baseNames(cls: SyntaxNode): string[] {
  const clause = namedChildren(cls).find((c) => c.type === 'base_class_clause');
  return namedChildren(clause ?? null)
    .filter((c) => c.type !== 'access_specifier')
    .map((c) => (c.type === 'template_type' ? (c.childForFieldName('name')?.text ?? c.text) : c.text))
    .map((name) => name.split('::').pop() ?? name);
}

/** A user-declared copy constructor (defined or `= delete`): copies were thought about. */
function declaresCopy(cls: string, body: SyntaxNode): boolean {
  return new RegExp(`\\b${cls}\\s*\\(\\s*(const\\s+)?${cls}\\s*&(?!&)`).test(body.text);
}

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
    // The message claims a copy: a class the file never copies (by value, copy-initialised, assigned, kept in a
    // container) frees once per object here, whatever its rule-of-three gap.
    if (!fileCopiesObjectOf(name.text, ctx.code)) return false;
    const cls = name.text;
    const dtor = new RegExp(
      `~${cls}\\s*\\(\\s*\\)[^{;]*\\{[^}]*\\b(delete(\\s*\\[\\s*\\])?|free\\s*\\()\\s*\\(?\\s*\\w+`,
    ).exec(body.text);
    if (!dtor) return false;
    // A base of this file that declares its copy (deleted, as interfaces do) decides for the derived class too.
    const classes = classesInFile(ctx);
    if (baseNames(hit).some((b) => classes.has(b) && declaresCopy(b, classes.get(b) ?? body))) return false;
    // Any user-declared copy constructor (defined or = delete) means copies were thought about.
    return !declaresCopy(cls, body);
  },
  // A base declared in a header (an interface such as an iterator or a comparator) usually deletes its copy, which
  // the derived class inherits; that is out of this file's view, so it is shown, not counted.
  tierOf: ({ hit }, ctx) => (hit && baseNames(hit).some((b) => !classesInFile(ctx).has(b)) ? 'note' : 'finding'),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe415Cpp: readonly Rule[] = [cppDoubleDelete, cppTwoOwnersOneRaw, cppCopyDoubleDelete];
