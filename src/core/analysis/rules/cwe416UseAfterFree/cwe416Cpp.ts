// CWE-416 use after free (Cpp rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { laterStatements } from '../../ruleParts/laterStatements';
import { escapeRegExp } from '../../ruleParts/textPatterns';
import { namedChildren, scopeOf } from '../../walk';
import { deleteQuery, esc, fateAfter } from '../../ruleParts/cppLifetimeFacts';

const meta = { cwe: 'CWE-416', severity: 'error' as const };

const GROWS = 'push_back|emplace_back|insert|emplace|resize|reserve|erase|clear|append|assign';

/** An element reference's source: `v[i]`, `v.at(i)`, `v.front()`, `v.back()`, `v.begin()`. */
const ELEMENT_OF = /^([\w.>-]+?)\s*(\[|\.(at|front|back|begin)\s*\()/;

/**
 * `T &r = v[i]` (or v.at/front/back/begin), or `const char *p = s.c_str()` (or s.data()), followed by a growth of the
 * container or string (`s += x` counts for a string) and a later use of the reference or pointer.
 */
function referenceOutlivesGrowth(decl: SyntaxNode): boolean {
  const ref = decl.childForFieldName('declarator');
  const value = decl.childForFieldName('value');
  if (!ref || !value || !/reference_declarator|pointer_declarator/.test(ref.type)) return false;
  const name = ref.text.replace(/^[&*]+\s*/, '');
  // A pointer is taken with c_str()/data() or as an element's address (`int *p = &v[0];`).
  const into =
    ref.type === 'pointer_declarator' ? /^(?:(\w+)\s*\.\s*(?:c_str|data)\s*\(\s*\)$|&\s*(\w+)\s*\[)/ : ELEMENT_OF;
  const found = into.exec(value.text);
  const container = found?.[1] ?? found?.[2];
  if (!container || !/^\w+$/.test(name)) return false;
  const later = laterStatements(decl);
  const c = escapeRegExp(container);
  const grows = new RegExp(
    `${c}\\s*(\\.|->)\\s*(${GROWS})\\s*\\(${ref.type === 'pointer_declarator' ? `|(?<![\\w.>])${c}\\s*\\+=` : ''}`,
  );
  const grow = later.findIndex((s) => grows.test(s.text));
  // The growing statement may read the reference first (its arguments are evaluated before the call).
  return grow >= 0 && later.slice(grow + 1).some((s) => new RegExp(`\\b${name}\\b`).test(s.text));
}

export const cppReferenceInvalidated: QueryRule = {
  ...meta,
  id: 'cpp-reference-invalidated',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(init_declarator) @hit' },
  message:
    'A reference into a container (or a c_str() pointer into a string) is used after the container grew or shrank, which may have moved its storage.',
  fix: 'Re-look-up the element by index after modifying the container, or copy the value you need first.',
  predicate: ({ hit }) => hit !== undefined && referenceOutlivesGrowth(hit),
};

export const cppReturnLocalCStr: QueryRule = {
  ...meta,
  id: 'cpp-return-local-c-str',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(return_statement (call_expression function: (field_expression argument: (identifier) @obj field: (field_identifier) @m)) @hit)',
  },
  message: 'The function returns c_str()/data() of a local string, which is destroyed on return.',
  fix: 'Return the std::string itself (or a string owned by the caller).',
  predicate: ({ obj, m }) => {
    if (!obj || !m || !/^(c_str|data)$/.test(m.text)) return false;
    const fn = scopeOf(obj);
    const body = fn.childForFieldName('body')?.text ?? '';
    return (
      new RegExp(`\\bstd::(w?string|vector<[^>]*>)\\s+${escapeRegExp(obj.text)}\\s*[=({;]`).test(body) &&
      !new RegExp(`static\\s+[^;]*\\b${escapeRegExp(obj.text)}\\b`).test(body)
    );
  },
};

export const cppUseAfterDelete: QueryRule = {
  id: 'cpp-use-after-delete',
  cwe: 'CWE-416',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: deleteQuery },
  message: 'The object is used after it was deleted.',
  fix: 'Finish every use before delete (or hold the object in a std::unique_ptr) and set the pointer to nullptr after deleting it.',
  predicate: ({ name, hit }) => !!name && !!hit && fateAfter(hit, name.text) === 'use',
};

/**
 * The loop's header never touches the iterator and the body's first mention of it gives it a new value
 * (`T it = ...;`, `cur = next++;`): every iteration starts from a fresh iterator, so the erased one is never reused.
 */
function freshEachIteration(loop: SyntaxNode, it: string): boolean {
  const body = loop.childForFieldName('body');
  if (!body) return false;
  const mention = new RegExp(`\\b${esc(it)}\\b`);
  if (mention.test(loop.text.slice(0, body.startIndex - loop.startIndex))) return false;
  const first = namedChildren(body).find((s) => mention.test(s.text));
  if (!first) return false;
  const declared = first.type === 'declaration' && new RegExp(`^[\\s\\S]*[\\s*&]${esc(it)}\\s*[=({]`).test(first.text);
  const assigned = new RegExp(`^\\s*${esc(it)}\\s*=[^=]`).test(first.text);
  return first.type === 'declaration' ? declared : first.type === 'expression_statement' && assigned;
}

/**
 * After the erase, the body's next mention of the iterator gives it a saved successor (`auto next = std::next(it);
 * ... c.erase(it); it = next;`): the erased iterator is replaced before the loop touches it again.
 */
function replacedAfterErase(loop: SyntaxNode, erase: SyntaxNode, it: string): boolean {
  const body = loop.childForFieldName('body');
  if (!body) return false;
  const rest = body.text.slice(erase.endIndex - body.startIndex);
  const next = new RegExp(`\\b${esc(it)}\\b[^;]*;`).exec(rest)?.[0] ?? '';
  const value = new RegExp(`^${esc(it)}\\s*=(?!=)([^;]*);`).exec(next)?.[1];
  return value !== undefined && !new RegExp(`\\b${esc(it)}\\b`).test(value);
}

export const cppEraseInLoop: QueryRule = {
  id: 'cpp-erase-invalidates-iterator',
  cwe: 'CWE-416',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  // The erase result is discarded: the loop keeps using the iterator that erase just invalidated.
  query: {
    cpp: '(expression_statement (call_expression function: (field_expression field: (field_identifier) @method) arguments: (argument_list . (identifier) @it .)) @hit)',
  },
  message: 'erase() invalidates the iterator, but the loop keeps incrementing or dereferencing it.',
  fix: 'Continue with the iterator erase() returns (it = c.erase(it)), or use std::erase_if / the erase-remove idiom.',
  predicate: ({ method, it, hit }) => {
    if (!method || !it || !hit || method.text !== 'erase') return false;
    // `c.erase(it); return;` / `break;`: the loop ends with the erase and never touches the iterator again.
    const statement = hit.parent;
    const siblings = statement?.parent?.namedChildren ?? [];
    const next = siblings[siblings.findIndex((n) => n?.startIndex === statement?.startIndex) + 1];
    if (/^(return_statement|break_statement|throw_statement)$/.test(next?.type ?? '')) return false;
    let loop: SyntaxNode | null = hit.parent;
    while (loop && !/^(for_statement|while_statement|do_statement)$/.test(loop.type)) loop = loop.parent;
    return (
      !!loop &&
      !freshEachIteration(loop, it.text) &&
      !replacedAfterErase(loop, hit, it.text) &&
      new RegExp(`(\\+\\+\\s*${esc(it.text)}\\b|\\b${esc(it.text)}\\s*(\\+\\+|->)|\\*\\s*${esc(it.text)}\\b)`).test(
        loop.text,
      )
    );
  },
};

export const cppTemporaryCStr: QueryRule = {
  id: 'cpp-temporary-c-str',
  cwe: 'CWE-416',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(init_declarator declarator: (pointer_declarator) value: (call_expression function: (field_expression argument: (_) @object field: (field_identifier) @method)) @hit)',
  },
  message: 'The pointer comes from c_str()/data() of a temporary string that is destroyed at the end of the statement.',
  fix: 'Store the string in a named variable that outlives the pointer, and take c_str() from it where it is used.',
  predicate: ({ object, method }, ctx) =>
    !!object &&
    !!method &&
    /^(c_str|data)$/.test(method.text) &&
    (object.type === 'parenthesized_expression' ||
      /^(std::)?(to_string|string)\b/.test(object.text) ||
      returnsStringByValue(object, ctx)),
};

/** A call whose result is a fresh std::string: `s.substr(..)`, or a function of this file declared to return one. */
function returnsStringByValue(object: SyntaxNode, ctx: RuleContext): boolean {
  if (object.type !== 'call_expression') return false;
  const callee = object.childForFieldName('function');
  if (callee?.type === 'field_expression') return callee.childForFieldName('field')?.text === 'substr';
  return callee?.type === 'identifier' && stringReturners(ctx).has(callee.text);
}

/** Names of the functions defined in this file that return std::string by value (indexed once per file). */
function stringReturners(ctx: RuleContext): ReadonlySet<string> {
  const key = 'cwe416:stringReturners';
  const cached = ctx.memo.get(key);
  if (cached instanceof Set) return cached as Set<string>;
  const names = new Set<string>();
  for (const fn of ctx.root.descendantsOfType('function_definition')) {
    const declarator = fn?.childForFieldName('declarator');
    if (!fn || declarator?.type !== 'function_declarator') continue;
    if (/^(std::)?string$/.test(fn.childForFieldName('type')?.text ?? ''))
      names.add(declarator.childForFieldName('declarator')?.text ?? '');
  }
  ctx.memo.set(key, names);
  return names;
}

export const cppStaleSmartGet: QueryRule = {
  id: 'cpp-stale-smart-pointer-get',
  cwe: 'CWE-416',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(init_declarator declarator: (pointer_declarator (identifier) @raw) value: (call_expression function: (field_expression argument: (_) @owner field: (field_identifier) @method)) @hit)',
  },
  message:
    "A raw pointer from a smart pointer's get() is used after the owner was reset or moved, which destroys the object.",
  fix: 'Do not keep get() results across reset()/move/reassignment of the owner; read the owner again afterwards.',
  predicate: ({ raw, owner, method, hit }) => {
    if (!raw || !owner || !method || !hit || method.text !== 'get') return false;
    const fn = scopeOf(hit);
    const after = fn.text.slice(hit.endIndex - fn.startIndex);
    const o = esc(owner.text);
    const release = new RegExp(`\\b${o}\\s*\\.\\s*reset\\s*\\(|\\b${o}\\s*=[^=]|std::move\\s*\\(\\s*${o}\\s*\\)`).exec(
      after,
    );
    if (!release) return false;
    const rest = after.slice(release.index);
    const r = esc(raw.text);
    const use = new RegExp(`\\b${r}\\s*->|\\*\\s*${r}\\b`).exec(rest);
    return !!use && !new RegExp(`\\b${r}\\s*=[^=]`).test(rest.slice(0, use.index));
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe416Cpp: readonly Rule[] = [
  cppReferenceInvalidated,
  cppReturnLocalCStr,
  cppUseAfterDelete,
  cppEraseInLoop,
  cppTemporaryCStr,
  cppStaleSmartGet,
];
