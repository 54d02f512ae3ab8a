// CWE-476 NULL pointer dereference (Native rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import type { CallInfo } from '../../callInfo';
import { laterStatements } from '../../ruleParts/laterStatements';
import type { RuleContext } from '../../RuleContext';
import { callRule } from '../../callRule';
import { C as C_PAIR, escapeRe as escapeReCMemoryLifetime, laterSiblings } from '../../ruleParts/cLifetimeFacts';
import { isConstant } from '../../stringShape';
import { atomsOf, fromCallerOrInput } from '../../cBoundsFacts';
import { scopeOf } from '../../walk';
import { escapeRegExp } from '../../ruleParts/textPatterns';
import { firstUse, testedWhereAssigned } from './cwe476FailableResults';
import { declarationsOf } from '../../cDeclarations';
import { holderPastCasts } from '../../ruleParts/cppCasts';
import { functionDeclarator } from '../../cFunctionDeclarator';

const C = ['c', 'cpp'] as const;

const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Library calls documented to return NULL on failure or absence. */
const NULLABLE =
  /^(std::)?(malloc|calloc|realloc|strdup|strndup|strchr|strrchr|strstr|strpbrk|memchr|strtok|strtok_r|getenv|fopen|fdopen|popen|opendir|getpwnam|getpwuid|gethostbyname|localtime|gmtime)$|^dynamic_cast<.*\*\s*>$/;

/** The pointer `call`'s result is stored in is dereferenced later without any NULL test. */
export function dereferencedUnchecked(call: CallInfo): boolean {
  const holder = holderPastCasts(call.node);
  if (!holder || !/init_declarator|assignment_expression/.test(holder.type)) return false;
  const target =
    (holder.childForFieldName('declarator') ?? holder.childForFieldName('left'))?.text.replace(/^\*+\s*/, '') ?? '';
  if (!target) return false;
  const p = escapeRe(target);
  const later = laterStatements(call.node)
    .map((s) => s.text)
    .join('\n');
  return (
    !new RegExp(
      `!\\s*\\(?\\s*${p}\\b|\\b${p}\\s*[!=]=\\s*(NULL|nullptr|0)\\b|(NULL|nullptr)\\s*[!=]=\\s*${p}\\b|if\\s*\\(\\s*${p}\\s*\\)|assert\\s*\\(\\s*${p}|\\b${p}\\s*\\?|&&\\s*${p}\\b|\\|\\|\\s*${p}\\b|\\(\\s*${p}\\s*&&`,
    ).test(later) && new RegExp(`\\b${p}\\s*(\\[|->)|\\*\\s*${p}\\b|\\(\\s*${p}\\s*,`).test(later)
  );
}

/** Functions defined in this file that can return NULL. */
function localNullReturners(ctx: RuleContext): Set<string> {
  const key = 'null-returners';
  const cached = ctx.memo.get(key);
  if (cached instanceof Set) return cached as Set<string>;
  const names = new Set<string>();
  for (const fn of ctx.root.descendantsOfType('function_definition')) {
    if (!fn || !/\breturn\s+(NULL|nullptr)\s*;/.test(fn.text)) continue;
    const name = functionDeclarator(fn)?.childForFieldName('declarator')?.text;
    if (name) names.add(name);
  }
  ctx.memo.set(key, names);
  return names;
}

/**
 * The call is one of this file's NULL-returning functions: by name, or a method of one (`dir.find(id)`,
 * `reg->get(k)`, whose definition `return nullptr;`s) called on an object that is no standard-library container
 * (a std::map's find returns an iterator, not a pointer).
 */
function callsLocalNullReturner(call: CallInfo, ctx: RuleContext): boolean {
  const names = localNullReturners(ctx);
  if (names.has(call.name)) return true;
  const member = /^(\w+)\s*(?:\.|->)\s*(\w+)$/.exec(call.name);
  if (!member?.[1] || !member[2]) return false;
  const method = member[2];
  const owned = [...names].some((n) => n === method || n.endsWith(`::${method}`));
  const receiver = new RegExp(`std::[\\w:]+\\s*<[^;]*>\\s*[&*]?\\s*${member[1]}\\b`);
  return owned && !receiver.test(ctx.code);
}

export const cUncheckedAlloc = callRule({
  id: 'c-unchecked-alloc',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: [...C_PAIR],
  message: 'The result of an allocation is used without checking it for NULL.',
  fix: 'Check the pointer returned by malloc/calloc/realloc/strdup for NULL before using it.',
  callee: { c: /^(malloc|calloc|realloc|strdup|strndup)$/, cpp: /^(std::)?(malloc|calloc|realloc|strdup)$/ },
  when: (call, ctx) => {
    const holder = holderPastCasts(call.node);
    if (!holder || !/init_declarator|assignment_expression/.test(holder.type) || testedWhereAssigned(holder))
      return false;
    const target =
      (holder.childForFieldName('declarator') ?? holder.childForFieldName('left'))?.text.replace(/^\*+\s*/, '') ?? '';
    // Evidence that the allocation can fail in practice: its size comes from a caller or input.
    const size = /realloc$/.test(call.name) ? call.args[1] : call.args[0];
    if (!target || !size || isConstant(size) || !fromCallerOrInput(atomsOf(size), call.node, ctx)) return false;
    const p = escapeReCMemoryLifetime(target);
    const mentions = new RegExp(`\\b${p}\\b`);
    const nullTest = new RegExp(
      `!\\s*\\(?\\s*${p}\\b|\\b${p}\\s*[!=]=\\s*(NULL|nullptr|0)\\b|(NULL|nullptr)\\s*[!=]=\\s*${p}\\b|if\\s*\\(\\s*${p}\\s*\\)|assert\\s*\\(\\s*${p}|\\b${p}\\s*\\?|&&\\s*${p}\\b|\\|\\|\\s*${p}\\b`,
    );
    const deref = new RegExp(
      `\\b${p}\\s*(\\[|->)|\\*\\s*${p}\\b|\\b(memcpy|memmove|memset|strcpy|strncpy|strcat|sprintf|snprintf|fread|fgets|read)\\s*\\(\\s*${p}\\s*[,)]`,
    );
    // Only the first statement that touches the pointer decides: a dereference or copy before any NULL test.
    const first = laterSiblings(call.node).find((s) => mentions.test(s.text));
    return first !== undefined && !nullTest.test(first.text) && deref.test(first.text);
  },
  // A size measured from data already in memory (strlen(s) + 1) fails only when memory is already exhausted;
  // the fixed and the flawed versions of such code look the same, so it is a note. Caller-given sizes stay findings.
  tierOf: (call) => {
    const size = /realloc$/.test(call.name) ? call.args[1] : call.args[0];
    const rest = (size?.text ?? '').replace(
      /\b(strlen|wcslen|strnlen)\s*\([^()]*\)|sizeof\s*\(?[^()+*]*\)?|\b\d+\b/g,
      '',
    );
    return /\w/.test(rest) ? 'finding' : 'note';
  },
});

/** Searches of a string (`strchr`, `strstr`, `strtok`...): NULL when the text lacks what is sought. */
const SEARCH = /^(std::)?(strchr|strrchr|strstr|strpbrk|memchr|strcasestr|strtok|strtok_r)$/;

/**
 * A finding when the case that yields NULL is in outside hands and nothing tests for it before the first use: an
 * environment variable (unset by whoever starts the program), a search of text a caller or input supplies, a
 * `dynamic_cast` of a caller's pointer, or a function of this file that returns NULL handed a caller's or input
 * value. The clock (`localtime`), files the program names and searches of its own strings stay notes: the fixed and
 * the flawed versions of such code look alike.
 */
function nullableDerefTier(call: CallInfo, ctx: RuleContext): 'finding' | 'note' {
  if (firstUse(call) !== 'deref') return 'note';
  if (/getenv$/.test(call.name)) return 'finding';
  const subject = /^dynamic_cast/.test(call.name) ? call.args[0] : SEARCH.test(call.name) ? call.args[0] : undefined;
  if (subject) {
    const root = /^[&*(\s]*(\w+)/.exec(subject.text)?.[1] ?? '';
    return declarationsOf(call.node, ctx).some((d) => d.parameter && d.name === root) ? 'finding' : 'note';
  }
  if (callsLocalNullReturner(call, ctx))
    return call.args.some((a) => !isConstant(a) && fromCallerOrInput(atomsOf(a), call.node, ctx)) ? 'finding' : 'note';
  return 'note';
}

export const cNullableDeref = callRule({
  id: 'c-nullable-deref',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: [...C],
  // A note unless the NULL case is in outside hands (nullableDerefTier): these calls return NULL only in cases the
  // surrounding code often rules out (localtime of the current time, strchr of the program's own text).
  message:
    'A call that can return NULL (lookup, getenv, strchr, fopen, dynamic_cast) is dereferenced without a NULL check.',
  fix: 'Test the returned pointer against NULL/nullptr and handle the missing case before using it.',
  callee: { c: /./, cpp: /./ },
  when: (call, ctx) => {
    if (/^(std::)?(malloc|calloc|realloc|strdup|strndup)$/.test(call.name)) return false; // c-unchecked-alloc reports these
    if (!NULLABLE.test(call.name) && !callsLocalNullReturner(call, ctx)) return false;
    // `while ((p = strstr(s, "//")))` / `if ((p = strchr(...)) != NULL)`: the assignment is itself the test.
    for (let up = call.node.parent, i = 0; up && i < 4; up = up.parent, i += 1) {
      if (
        /parenthesized_expression|condition_clause/.test(up.type) &&
        /^(if|while|for)_statement$/.test(up.parent?.type ?? '')
      )
        return false;
    }
    const decl = call.node.parent?.parent;
    // std::string s = getenv(...) constructs from the pointer at once.
    if (
      /getenv$/.test(call.name) &&
      decl?.type === 'declaration' &&
      /string/.test(decl.childForFieldName('type')?.text ?? '')
    )
      return true;
    return dereferencedUnchecked(call) || firstUse(call) === 'deref';
  },
  tierOf: nullableDerefTier,
});

export const cppFindWithoutEnd: QueryRule = {
  id: 'cpp-find-without-end-check',
  cwe: 'CWE-476',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(init_declarator declarator: (identifier) @it value: (call_expression function: (field_expression argument: (_) @map field: (field_identifier) @method)) @hit)',
  },
  message:
    'The iterator returned by find() is dereferenced without comparing it to end(); a missing key dereferences end().',
  fix: 'Compare the iterator with container.end() (or use contains()/count()) before using ->second.',
  predicate: ({ it, map, method, hit }) => {
    if (!it || !map || !method || !hit || method.text !== 'find') return false;
    const fn = scopeOf(hit);
    const after = fn.text.slice(hit.endIndex - fn.startIndex);
    const i = escapeRegExp(it.text);
    return (
      new RegExp(`\\b${i}\\s*->|\\*\\s*${i}\\b`).test(after) &&
      !new RegExp(`\\b${i}\\s*[!=]=|[!=]=\\s*${i}\\b`).test(after)
    );
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe476Native: readonly Rule[] = [cUncheckedAlloc, cNullableDeref, cppFindWithoutEnd];
