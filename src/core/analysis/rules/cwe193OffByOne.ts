// CWE-193 off-by-one errors: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { C, escapeRe, squash } from '../ruleParts/cIndexAccess';
import { scopeOf } from '../walk';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { holderPastCasts } from '../ruleParts/cppCasts';

export const cReadFillsBuffer = callRule({
  id: 'c-read-full-buffer-terminated',
  cwe: 'CWE-193',
  severity: 'error',
  languages: [...C],
  message: 'The read may fill the whole buffer, so terminating it at the returned length writes one byte past the end.',
  fix: 'Read at most sizeof buf - 1 bytes when you need room for a terminating NUL.',
  callee: { c: /^(read|recv|fread)$/, cpp: /^(::|std::)?(read|recv|fread)$/ },
  when: (call) => {
    const fread = /fread$/.test(call.name);
    const buf = fread ? call.args[0] : call.args[1];
    const size = call.args[2];
    if (!buf || !size || !new RegExp(`^sizeof\\(?${escapeRe(squash(buf.text))}\\)?$`).test(squash(size.text)))
      return false;
    const holder = holderPastCasts(call.node);
    const target = (holder?.childForFieldName('declarator') ?? holder?.childForFieldName('left'))?.text;
    if (!target || !/^\w+$/.test(target)) return false;
    const scope = scopeOf(call.node);
    const after = scope.text.slice(call.node.endIndex - scope.startIndex);
    return new RegExp(`\\b${escapeRe(buf.text)}\\s*\\[\\s*${target}\\s*\\]\\s*=[^=]`).test(after);
  },
});

/** Arrays declared with `bound` elements (`int t[N];`, `char name[32]`), in the function or at file level, kept per bound. */
function arraysOfSize(bound: string, ctx: RuleContext): string[] {
  const key = `arraysOfSize:${bound}`;
  let names = ctx.memo.get(key) as string[] | undefined;
  if (!names) {
    const re = new RegExp(`(\\w+)\\s*\\[\\s*${escapeRe(bound)}\\s*\\]\\s*[;=,)]`, 'g');
    names = [...new Set([...ctx.code.matchAll(re)].map((m) => m[1] ?? ''))].filter((n) => n !== '' && n !== 'sizeof');
    ctx.memo.set(key, names);
  }
  return names;
}

export const cInclusiveLoopBound: QueryRule = {
  id: 'c-inclusive-loop-bound',
  cwe: 'CWE-193',
  severity: 'error',
  languages: ['c'],
  kind: 'query',
  query: {
    c: '(for_statement condition: (binary_expression left: (identifier) @i operator: "<=" right: (_) @bound) body: (_) @body) @hit',
  },
  message: 'The loop runs while i <= N over an array of N elements, so its last pass touches one element past the end.',
  fix: 'Loop while i < N (the last element of an array of N is at N - 1).',
  predicate: ({ i, bound, body }, ctx) => {
    if (!i || !bound || !body) return false;
    const index = new RegExp(`\\[\\s*${escapeRe(i.text)}\\s*\\]`);
    return arraysOfSize(bound.text, ctx).some((a) =>
      new RegExp(`\\b${escapeRe(a)}\\s*${index.source}`).test(body.text),
    );
  },
};

const EXITS_BRANCH = /^\{?\s*(return\b|goto\b|break\s*;|continue\s*;)/;

/**
 * The arrays a bound names: `sizeof buf` / `sizeof(s->buf)` names `buf`/`s->buf`; a constant `N` names every array
 * declared with `N` elements.
 */
function arraysBoundBy(bound: SyntaxNode, ctx: RuleContext): string[] {
  const text = squash(bound.text);
  const measured = /^sizeof\(?([\w.>-]+?)\)?$/.exec(text)?.[1];
  if (measured) return [measured];
  return /^[A-Z][A-Z0-9_]*$/.test(text) ? arraysOfSize(text, ctx) : [];
}

export const cBoundTestAllowsEnd: QueryRule = {
  id: 'c-bound-test-allows-end',
  cwe: 'CWE-193',
  severity: 'error',
  languages: [...C],
  kind: 'query',
  query: {
    c: '(if_statement condition: (parenthesized_expression (binary_expression left: (_) @n operator: ">" right: (_) @bound)) consequence: (_) @then) @hit',
    cpp: '(if_statement condition: (condition_clause value: (binary_expression left: (_) @n operator: ">" right: (_) @bound)) consequence: (_) @then) @hit',
  },
  message:
    'The check refuses only values above the array size, then the array is written at that value: a value equal to the size writes one element past the end.',
  fix: 'Refuse n >= size (an array of size elements ends at index size - 1), e.g. when a terminator goes at buf[n].',
  predicate: ({ n, bound, then, hit }, ctx) => {
    if (!n || !bound || !then || !hit || !EXITS_BRANCH.test(then.text.trim())) return false;
    const index = escapeRe(squash(n.text));
    if (!/^[\w.>-]+$/.test(squash(n.text))) return false;
    const scope = scopeOf(hit);
    const after = scope.text.slice(hit.endIndex - scope.startIndex);
    // A later test that closes the gap (`n == sizeof buf`, `n >= N`) settles it.
    if (new RegExp(`(?<![\\w.>])${index}\\s*(>=|==)|(<=|==)\\s*${index}(?![\\w.(\\[]|->)`).test(after)) return false;
    return arraysBoundBy(bound, ctx).some((a) =>
      new RegExp(`(?<![\\w.>])${escapeRe(a).replace(/->/g, '\\s*->\\s*')}\\s*\\[\\s*${index}\\s*\\]\\s*=[^=]`).test(
        after,
      ),
    );
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe193OffByOne: readonly Rule[] = [cReadFillsBuffer, cInclusiveLoopBound, cBoundTestAllowsEnd];
