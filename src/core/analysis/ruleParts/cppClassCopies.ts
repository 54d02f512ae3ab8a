// Whether a file copies objects of one of its classes. A class that deletes a raw member in its destructor but
// keeps the implicit copy constructor frees twice only when an object is actually copied; a complete answer that
// never copies one (passes it by reference, keeps it in one place) has no double free to report.
import { escapeRe } from './cIndexAccess';

/** Names declared as objects of `cls` or references to one (not pointers): `Foo a`, `const Foo &b`. */
function objectNames(cls: string, code: string): Set<string> {
  const re = new RegExp(`\\b${escapeRe(cls)}\\s*(&\\s*)?(\\w+)\\s*[;=,)({\\[]`, 'g');
  return new Set([...code.matchAll(re)].map((m) => m[2] ?? '').filter((n) => n !== '' && n !== 'operator'));
}

/**
 * True when the file copies an object of `cls`: a by-value parameter of the class, a declaration or `auto` local
 * initialised from another object, an assignment between two objects, or an object pushed into a container.
 */
export function fileCopiesObjectOf(cls: string, code: string): boolean {
  const c = escapeRe(cls);
  // A by-value parameter, or a container of the class's objects (which copies them as it grows).
  if (
    new RegExp(`[(,]\\s*(const\\s+)?${c}\\s+\\w+\\s*[,)=]|\\b(vector|deque|list|array)\\s*<\\s*${c}\\s*[,>]`).test(code)
  )
    return true;
  const names = objectNames(cls, code);
  if (names.size === 0) return false;
  const from = (re: RegExp, group: number, second?: number) =>
    [...code.matchAll(re)].some(
      (m) => names.has(m[group] ?? '') && (second === undefined || names.has(m[second] ?? '')),
    );
  return (
    from(new RegExp(`\\b(${c}|auto)\\s+\\w+\\s*=\\s*(\\w+)\\s*;`, 'g'), 2) ||
    from(new RegExp(`\\b${c}\\s+\\w+\\s*[({]\\s*(\\w+)\\s*[)}]\\s*;`, 'g'), 1) ||
    from(/(?:^|[;{}])\s*(\w+)\s*=\s*(\w+)\s*;/gm, 1, 2) ||
    from(/\.\s*(push_back|push|insert|emplace_back|push_front)\s*\(\s*(\w+)\s*\)/g, 2)
  );
}
