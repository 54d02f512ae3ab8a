// CWE-416 beyond plain free-then-use: a loop that frees its cursor and then advances through it, a C++
// reference into a container kept across an operation that may reallocate, and c_str() of a local returned.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';
import { laterStatements } from './cNullResults';
import { ancestor, scopeOf } from '../walk';

const C = ['c', 'cpp'] as const;
const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LOOPS: ReadonlySet<string> = new Set(['for_statement']);
const meta = { cwe: 'CWE-416', severity: 'error' as const };

export const cFreeLoopCursor = callRule({
  ...meta,
  id: 'c-free-loop-cursor',
  languages: [...C],
  message: 'The loop frees its cursor and then advances with cursor->next, reading freed memory.',
  fix: 'Save the next pointer before freeing the node and advance with the saved value.',
  callee: { c: /^(free|\w+_(free|destroy))$/, cpp: /^(std::)?(free|\w+_(free|destroy))$/ },
  when: (call) => {
    const p = call.args[0];
    const loop = p?.type === 'identifier' ? ancestor(call.node, LOOPS) : null;
    const update = loop?.childForFieldName('update');
    return !!p && !!update && new RegExp(`\\b${escapeRe(p.text)}\\s*->`).test(update.text);
  },
});

const GROWS = 'push_back|emplace_back|insert|emplace|resize|reserve|erase|clear|append|assign';

/** `T &r = v[i]` (or v.at/front/back/begin) followed by a growth of v and a later use of r. */
function referenceOutlivesGrowth(decl: SyntaxNode): boolean {
  const ref = decl.childForFieldName('declarator');
  const value = decl.childForFieldName('value');
  if (!ref || !value || !/reference_declarator/.test(ref.type)) return false;
  const name = ref.text.replace(/^&+\s*/, '');
  const container = /^([\w.>-]+?)\s*(\[|\.(at|front|back|begin)\s*\()/.exec(value.text)?.[1];
  if (!container || !/^\w+$/.test(name)) return false;
  const later = laterStatements(decl);
  const grow = later.findIndex((s) =>
    new RegExp(`${escapeRe(container)}\\s*(\\.|->)\\s*(${GROWS})\\s*\\(`).test(s.text),
  );
  // The growing statement may read the reference first (its arguments are evaluated before the call).
  return grow >= 0 && later.slice(grow + 1).some((s) => new RegExp(`\\b${name}\\b`).test(s.text));
}

export const cppReferenceInvalidated: QueryRule = {
  ...meta,
  id: 'cpp-reference-invalidated',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(init_declarator) @hit' },
  message: 'A reference into a container is used after the container grew or shrank, which may have moved its storage.',
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
      new RegExp(`\\bstd::(w?string|vector<[^>]*>)\\s+${escapeRe(obj.text)}\\s*[=({;]`).test(body) &&
      !new RegExp(`static\\s+[^;]*\\b${escapeRe(obj.text)}\\b`).test(body)
    );
  },
};
