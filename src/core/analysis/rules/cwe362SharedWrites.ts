// CWE-362/366 in C and C++ answers: state that started threads share is changed with no lock. Three shapes: a class
// member written by a method the thread code calls, a variable a thread lambda captures by reference and changes,
// and a global a thread function (pthread_create, std::thread) changes. One finding per function.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { ancestor, walk } from '../walk';
import { runsOnThread, startedRepeatedly, threadBodies } from '../ruleParts/cThreadBodies';
import { SYNCHRONISES, writtenName } from '../ruleParts/cSharedWrites';
import { escapeRegExp } from '../ruleParts/textPatterns';

const FUNCTION = new Set(['function_definition']);
const CLASS = new Set(['class_specifier', 'struct_specifier']);
const LAMBDA = new Set(['lambda_expression']);
/** Members and globals that synchronise themselves or cannot change. */
const SELF_SYNCHRONISED = /\b(atomic|_Atomic|mutex|condition_variable|once_flag|const|constexpr|thread_local)\b/;

/** Names declared by `field_declaration`s (class members) or top-level `declaration`s (globals) under `scope`. */
function declaredNames(decls: SyntaxNode[]): string[] {
  const names: string[] = [];
  for (const d of decls) {
    if (SELF_SYNCHRONISED.test(d.text) || /\(/.test(d.childForFieldName('declarator')?.text ?? '(')) continue;
    for (const m of (d.childForFieldName('declarator')?.text ?? '').matchAll(/^[*&\s]*(\w+)/g)) names.push(m[1] ?? '');
  }
  return names.filter(Boolean);
}

/** The first statement of `fn` that `isWrite` accepts is `statement`: one finding per function. */
function firstWriteIn(fn: SyntaxNode, statement: SyntaxNode, isWrite: (s: SyntaxNode) => boolean): boolean {
  for (const s of walk(fn))
    if (s.type === 'expression_statement' && isWrite(s)) return s.startIndex === statement.startIndex;
  return false;
}

/** Data members of the class that defines method `fn` (inline, or `void K::m()` with K in the file). */
function classMembers(fn: SyntaxNode, ctx: RuleContext): string[] {
  let cls = ancestor(fn, CLASS);
  const owner = /(\w+)\s*::\s*~?\w+\s*\(/.exec(fn.childForFieldName('declarator')?.text ?? '')?.[1];
  if (!cls && owner)
    cls = [...walk(ctx.root)].find((n) => CLASS.has(n.type) && n.childForFieldName('name')?.text === owner) ?? null;
  const body = cls?.childForFieldName('body');
  return body ? declaredNames(body.namedChildren.filter((c): c is SyntaxNode => c?.type === 'field_declaration')) : [];
}

const meta = {
  severity: 'warning' as const,
  kind: 'query' as const,
  fix: 'Guard every read and write of the shared state with one mutex (std::lock_guard / pthread_mutex_lock), or make it std::atomic.',
};

export const cppUnlockedMemberWrite: QueryRule = {
  ...meta,
  id: 'cpp-unlocked-member-write',
  cwe: 'CWE-362',
  languages: ['cpp'],
  query: { cpp: '(expression_statement) @hit' },
  message: 'A method that started threads call changes a data member with no lock, so concurrent calls race.',
  predicate: ({ hit }, ctx) => {
    const fn = hit && ancestor(hit, FUNCTION);
    if (!hit || !fn || SYNCHRONISES.test(fn.text) || ancestor(hit, LAMBDA)) return false;
    const method = /(\w+)\s*\([^()]*\)\s*(const\s*)?$/.exec(fn.childForFieldName('declarator')?.text ?? '')?.[1];
    const threads = threadBodies(ctx);
    if (!method || !threads.memberCalls.has(method)) return false;
    // Every thread body that calls the method takes a lock itself: the caller serialises the calls.
    const callers = threads.bodies.filter((b) => new RegExp(`(\\.|->)\\s*${escapeRegExp(method)}\\s*\\(`).test(b.text));
    if (callers.every((b) => SYNCHRONISES.test(b.text))) return false;
    if (!startedRepeatedly(callers)) return false;
    const members = classMembers(fn, ctx);
    const writes = (s: SyntaxNode): boolean => writtenName(s, members, true) !== undefined;
    return writes(hit) && firstWriteIn(fn, hit, writes);
  },
};

const STD_CONTAINER =
  /\bstd::(vector|deque|list|forward_list|map|multimap|set|multiset|unordered_\w+|queue|stack|priority_queue|string)\b/;
const SCALAR =
  /^\s*(unsigned\s+|signed\s+)?(int|long|short|char|bool|float|double|size_t|std::size_t|u?int\d+_t|long\s+long)\b/;

/** Names a lambda captures by reference: `[&]` (any name from outside) or `[&results, &m]`. */
function capturedByReference(lambda: SyntaxNode, name: string): boolean {
  const captures = lambda.childForFieldName('captures')?.text ?? '';
  return /\[\s*&\s*[,\]]/.test(captures) || new RegExp(`&\\s*${escapeRegExp(name)}\\b`).test(captures);
}

export const cppThreadLambdaSharedWrite: QueryRule = {
  ...meta,
  id: 'cpp-thread-lambda-shared-write',
  cwe: 'CWE-362',
  languages: ['cpp'],
  query: { cpp: '(expression_statement) @hit' },
  message: 'A lambda run on several threads changes a variable it captured by reference, with no lock.',
  predicate: ({ hit }, ctx) => {
    const lambda = hit && ancestor(hit, LAMBDA);
    if (!hit || !lambda || SYNCHRONISES.test(lambda.text) || !threadBodies(ctx).bodies.includes(lambda)) return false;
    // One thread writing a local that the starter reads after join() is no race.
    if (!startedRepeatedly([lambda])) return false;
    const outer = ancestor(lambda, FUNCTION);
    const name = /^\s*(?:\+\+|--)?\s*(\w+)/.exec(hit.text)?.[1];
    if (!outer || !name || !capturedByReference(lambda, name)) return false;
    // Declared in the enclosing function (a local every thread shares) and not atomic.
    const declared = new RegExp(`^[^;{}]*\\b${escapeRegExp(name)}\\s*[;({=]`, 'm');
    const before = outer.text.slice(0, lambda.startIndex - outer.startIndex);
    const declaration = before.split(/[;{}]/).find((s) => declared.test(`${s};`));
    if (!declaration || SELF_SYNCHRONISED.test(declaration)) return false;
    // A method call changes a standard container; on an object of the file's own class it is that class's business.
    const viaMethod = new RegExp(`^\\s*${escapeRegExp(name)}\\s*\\.`).test(hit.text);
    if (viaMethod ? !STD_CONTAINER.test(declaration) : !SCALAR.test(declaration)) return false;
    const writes = (s: SyntaxNode): boolean => writtenName(s, [name], false) !== undefined;
    return writes(hit) && firstWriteIn(lambda, hit, writes);
  },
};

export const cUnlockedGlobalWrite: QueryRule = {
  ...meta,
  id: 'c-unlocked-global-write',
  cwe: 'CWE-366',
  languages: ['c', 'cpp'],
  query: { c: '(expression_statement) @hit', cpp: '(expression_statement) @hit' },
  message: 'A thread function changes a global variable with no lock, so the threads running it race.',
  predicate: ({ hit }, ctx) => {
    const fn = hit && ancestor(hit, FUNCTION);
    if (!hit || !fn || SYNCHRONISES.test(fn.text) || !threadBodies(ctx).bodies.includes(fn)) return false;
    const globals = declaredNames(ctx.root.namedChildren.filter((c): c is SyntaxNode => c?.type === 'declaration'));
    const writes = (s: SyntaxNode): boolean => writtenName(s, globals, true) !== undefined;
    return runsOnThread(hit, threadBodies(ctx)) && writes(hit) && firstWriteIn(fn, hit, writes);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe362SharedWrites: readonly Rule[] = [
  cppUnlockedMemberWrite,
  cppThreadLambdaSharedWrite,
  cUnlockedGlobalWrite,
];
