// Writes to state several threads share, read from one statement's text: the name a statement changes (`++n`,
// `n += x`, `n = v`, `v.push_back(x)`, `m[k] = v`) and whether a function takes a lock. Shared by the CWE-362/366
// race rules (a member written by a method threads call, a captured container, a global a thread function writes).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { escapeRegExp } from './textPatterns';

/** A lock, an atomic operation or a condition variable's wait: the function synchronises its writes. */
export const SYNCHRONISES =
  /\b(lock_guard|unique_lock|scoped_lock|shared_lock|pthread_mutex_lock|pthread_spin_lock|mtx_lock|EnterCriticalSection|atomic_\w+|__atomic_\w+|__sync_\w+)\b|\.\s*lock\s*\(|->\s*lock\s*\(/;

const MUTATORS = 'push_back|push_front|push|emplace_back|emplace|insert|erase|pop|pop_back|pop_front|clear|append';

/**
 * The statement changes `name` (optionally through `this->`): as a whole, or with `elements` also one element
 * (`taken_[seat] = true`). An element picked by the thread's own index is its own slot, so lambdas leave it out.
 */
export function writesName(statement: SyntaxNode, name: string, elements: boolean): boolean {
  const n = `(?:this->)?${escapeRegExp(name)}`;
  const whole = `(\\+\\+|--)\\s*${n}\\b|${n}\\s*(\\+\\+|--|[-+*/|&^]?=(?!=)|\\.\\s*(${MUTATORS})\\s*\\()`;
  const element = `${n}\\s*\\[[^\\]]*\\]\\s*(\\+\\+|--|[-+*/|&^]?=(?!=))`;
  return new RegExp(`^\\s*(?:${whole}${elements ? `|${element}` : ''})`).test(statement.text);
}

/** Of `names`, the first the statement changes, or undefined. */
export function writtenName(statement: SyntaxNode, names: Iterable<string>, elements: boolean): string | undefined {
  for (const name of names) if (writesName(statement, name, elements)) return name;
  return undefined;
}
