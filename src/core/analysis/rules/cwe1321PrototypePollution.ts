// CWE-1321 prototype pollution: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { scopeOf } from '../walk';
import { callRule } from '../callRule';
import { isRequestTainted } from '../ruleHelpers';
import { checkedBeforeUse } from '../validationGuard';

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of these in the file means prototype-reaching keys are handled (blocked, own-only, or no prototype). */
const JS_GUARD =
  /__proto__|['"]constructor['"]|['"]prototype['"]|hasOwn(Property)?\b|Object\.create\(\s*null\s*\)|Object\.freeze\(\s*Object\.prototype/;

const WRITE = '(assignment_expression left: (subscript_expression object: (identifier) @obj index: (_) @key)) @hit';

/** Request data by shape (also inside String()/Number() wrappers). */
const FROM_REQUEST = /\b(req|request)\.(params|query|body)\b/;

export const jsPrototypePollution: QueryRule = {
  id: 'js-prototype-pollution',
  cwe: 'CWE-1321',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  kind: 'query',
  query: { javascript: WRITE, typescript: WRITE },
  message:
    'A merge or path setter writes keys taken from data into nested plain objects; "__proto__" or "constructor" keys modify Object.prototype.',
  fix: 'Skip "__proto__", "constructor" and "prototype", copy only own keys, or build the tree from Object.create(null) / Map.',
  predicate: ({ obj, key, hit }, ctx) => {
    if (!obj || !key || !hit || JS_GUARD.test(ctx.code)) return false;
    const fn = scopeOf(hit);
    const text = fn.text;
    const k = key.text.replace(/\[.*$/, '');
    if (!/^\w+$/.test(k)) return false;
    // The key is a loop variable over data keys or path segments.
    if (!new RegExp(`for\\s*\\(\\s*(const|let|var)\\s+(\\[\\s*)?${esc(k)}\\b[^)]*\\b(in|of)\\b`).test(text))
      return false;
    // ... and the write descends: node = node[key], or a recursive call on target[key].
    const o = esc(obj.text);
    const name = /^(?:async\s+)?function\s*\*?\s*(\w+)/.exec(text)?.[1];
    const body = text.slice(text.indexOf('{') + 1);
    return (
      new RegExp(`\\b${o}\\s*=\\s*${o}\\s*\\[`).test(text) ||
      (name !== undefined && new RegExp(`\\b${name}\\s*\\(`).test(body))
    );
  },
};

export const jsRequestKeyedDictionary: QueryRule = {
  id: 'js-request-keyed-dictionary',
  cwe: 'CWE-1321',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  kind: 'query',
  query: { javascript: WRITE, typescript: WRITE },
  message:
    'Plain objects are used as dictionaries two levels deep with keys from the request; "__proto__" as the first key makes the second write land on Object.prototype.',
  fix: 'Use Map for dictionaries keyed by user input (or Object.create(null) and own-property checks).',
  predicate: ({ obj, key, hit }, ctx) => {
    if (!obj || !key || !hit || JS_GUARD.test(ctx.code) || !/^\w+$/.test(key.text)) return false;
    const assigned = new Map<string, string>();
    for (const a of ctx.assignments(scopeOf(hit))) {
      // Plain `name = value` only: `tally[option] = ...` writes into tally, it does not rebind it.
      const target = (a.node.childForFieldName('name') ?? a.node.childForFieldName('left'))?.text ?? '';
      if (/^\w+$/.test(target) && !assigned.has(target)) assigned.set(target, a.value.text);
    }
    const fromRequest = (name: string): boolean => FROM_REQUEST.test(assigned.get(name) ?? '');
    // tally = votes[poll] || (votes[poll] = {}); tally[option] = ...: both keys come from the request.
    const parent = /^(\w+)\s*\[\s*(\w+)\s*\]/.exec(assigned.get(obj.text) ?? '');
    return fromRequest(key.text) && parent !== null && fromRequest(parent[2] ?? '');
  },
};

const NESTED_WRITE =
  '(assignment_expression left: (subscript_expression object: (subscript_expression index: (_) @outer) index: (_) @inner)) @hit';

/**
 * `target[a][b] = value` with both keys from the request: `a = "__proto__"` makes `target[a]` Object.prototype, and
 * the write then gives every object in the process the attacker's property `b` (settings editors, path setters).
 */
export const jsRequestNestedWrite: QueryRule = {
  id: 'js-request-nested-write',
  cwe: 'CWE-1321',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  kind: 'query',
  query: { javascript: NESTED_WRITE, typescript: NESTED_WRITE },
  message:
    'An object is written two keys deep with both keys from the request; "__proto__" as the first key writes the second onto Object.prototype.',
  fix: 'Reject "__proto__", "constructor" and "prototype" keys (or check hasOwnProperty / an allowlist of sections), or use Map.',
  predicate: ({ outer, inner }, ctx) =>
    outer !== undefined &&
    inner !== undefined &&
    !JS_GUARD.test(ctx.code) &&
    isRequestTainted(outer, ctx) &&
    isRequestTainted(inner, ctx),
};

/**
 * A property path chosen by the request handed to a path setter (`_.set(doc, req.body.path, v)`, object-path,
 * dot-prop, set-value, dset): with "__proto__.x" or "constructor.prototype.x" older releases of each of these write
 * onto Object.prototype, and every release lets the client write any field of the object (owner, role).
 */
export const jsRequestPathSetter = callRule({
  id: 'js-request-path-setter',
  cwe: 'CWE-1321',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  message:
    'A property path from the request is given to a path setter; "__proto__" or "constructor.prototype" paths pollute Object.prototype in releases without a key check, and any path writes fields the client should not choose.',
  fix: 'Accept only paths from a fixed allow-list of editable fields (or reject "__proto__", "constructor" and "prototype" segments first).',
  callee: {
    javascript:
      /^(_|lodash|objectPath|dotProp)\.(set|setWith|update|updateWith|setProperty)$|^(setValue|dset|setProperty|setPath)$/,
    typescript:
      /^(_|lodash|objectPath|dotProp)\.(set|setWith|update|updateWith|setProperty)$|^(setValue|dset|setProperty|setPath)$/,
  },
  when: (call, ctx) => {
    const path = call.args[1];
    if (!path || !isRequestTainted(path, ctx) || JS_GUARD.test(ctx.code)) return false;
    return !checkedBeforeUse(call.node, [path], ctx);
  },
});

export const pyClassPollution = callRule({
  id: 'py-class-pollution',
  cwe: 'CWE-1321',
  severity: 'error',
  languages: ['python'],
  message:
    'A recursive merge sets attributes named by data keys; keys such as "__class__" or "__init__" reach class and global state.',
  fix: 'Only set attributes the object declares (key in vars(obj)) and skip names starting with "_".',
  callee: { python: /^setattr$/ },
  when: (call) => {
    const key = call.args[1]?.text ?? '';
    const fn = scopeOf(call.node);
    const name = fn.childForFieldName('name')?.text;
    if (!/^\w+$/.test(key) || !name) return false;
    const text = fn.text;
    return (
      new RegExp(`for\\s+${esc(key)}\\b[^:]*\\bin\\b[^:]*\\.items\\(\\)`).test(text) &&
      new RegExp(`\\b${name}\\s*\\(`).test(text.slice(text.indexOf(':'))) &&
      !/startswith\(\s*['"]_|vars\(|__dict__|hasattr\(\s*type|ALLOWED|allowed/.test(text)
    );
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe1321PrototypePollution: readonly Rule[] = [
  jsPrototypePollution,
  jsRequestKeyedDictionary,
  jsRequestNestedWrite,
  jsRequestPathSetter,
  pyClassPollution,
];
