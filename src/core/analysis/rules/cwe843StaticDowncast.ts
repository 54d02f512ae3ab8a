// CWE-843 in C++ answers: `static_cast<Derived *>(base)` (or to `Derived &`) where the file derives several classes
// from the same base and nothing before the cast tests which one the object is. static_cast trusts the programmer;
// an object of a sibling class is then read through the wrong layout. A kind tag, typeid or dynamic_cast test first
// (or a cast inside the branch that tested it) makes it sound.
import type { QueryRule, Rule } from '../Rule';
import { classBases, derivedFrom } from '../ruleParts/cppClassBases';
import { FUNCTION_TYPES, ancestor } from '../walk';

const DOWNCAST = /^static_cast\s*<\s*(?:const\s+)?([\w:]+)\s*(?:const\s*)?[*&]\s*>$/;
/** A test of the object's dynamic type: a kind or type tag, typeid, dynamic_cast, a virtual `is...()` query. */
const TYPE_TEST =
  /\bdynamic_cast\b|\btypeid\s*\(|(\.|->)\s*(kind|type|tag|getType|getKind|type_id|typeId)\b\s*\(?|\bis[A-Z]\w*\s*\(|\bkind\s*==|\btype\s*==/;

export const cppUncheckedStaticDowncast: QueryRule = {
  id: 'cpp-unchecked-static-downcast',
  cwe: 'CWE-843',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(call_expression function: (_) @cast) @hit' },
  message:
    'static_cast turns a base pointer or reference into one of several derived classes without testing which one the object is.',
  fix: 'Use dynamic_cast and test the result, or test a kind tag (or a virtual type query) before the static_cast.',
  predicate: ({ cast, hit }, ctx) => {
    const target = cast && DOWNCAST.exec(cast.text)?.[1]?.replace(/^.*::/, '');
    if (!hit || !target) return false;
    const bases = classBases(ctx).get(target) ?? [];
    // The base has another derived class in the file, so the object may be a sibling of the target.
    if (!bases.some((b) => derivedFrom(b, ctx).length >= 2)) return false;
    const fn = ancestor(hit, FUNCTION_TYPES);
    const before = fn ? fn.text.slice(0, hit.startIndex - fn.startIndex) : '';
    return !TYPE_TEST.test(before);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe843StaticDowncast: readonly Rule[] = [cppUncheckedStaticDowncast];
