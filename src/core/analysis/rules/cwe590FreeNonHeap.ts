// CWE-590 free of memory not on the heap: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callRule } from '../callRule';
import { C } from '../ruleParts/cIndexAccess';
import { contains, scopeOf, walk } from '../walk';

/** The identifier a declarator declares, and whether it is an array or a pointer. */
function declaredShape(decl: SyntaxNode | null): { name: string; shape: 'array' | 'pointer' | 'value' } | null {
  let cur = decl;
  let shape: 'array' | 'pointer' | 'value' = 'value';
  if (cur?.type === 'init_declarator') cur = cur.childForFieldName('declarator');
  while (cur && cur.type !== 'identifier') {
    if (cur.type === 'array_declarator' && shape === 'value') shape = 'array';
    else if (cur.type === 'pointer_declarator' && shape === 'value') shape = 'pointer';
    else if (cur.type !== 'parenthesized_declarator') return null;
    cur = cur.childForFieldName('declarator') ?? cur.namedChildren[0] ?? null;
  }
  return cur ? { name: cur.text, shape } : null;
}

/** Local (non-parameter) declarations of `name` visible at `at` in the function around `at`, with their initialiser. */
function localDeclarations(name: string, at: SyntaxNode): { shape: string; value: SyntaxNode | null }[] {
  const out: { shape: string; value: SyntaxNode | null }[] = [];
  for (const d of walk(scopeOf(at))) {
    // Only declarations whose block encloses the release: a same-named array in a sibling block is another variable.
    if (d.type !== 'declaration' || !d.parent || !contains(d.parent, at)) continue;
    for (const decl of d.childrenForFieldName('declarator')) {
      const found = declaredShape(decl);
      if (found?.name === name)
        out.push({
          shape: found.shape,
          value: decl?.type === 'init_declarator' ? decl.childForFieldName('value') : null,
        });
    }
  }
  return out;
}

/** Stack or static storage: `&local`, a local array, a string literal. */
function notHeapValue(value: SyntaxNode, at: SyntaxNode): boolean {
  let v = value;
  while (v.type === 'parenthesized_expression' || v.type === 'cast_expression')
    v = v.childForFieldName('value') ?? v.namedChildren.at(-1) ?? v;
  if (v.type === 'string_literal' || v.type === 'concatenated_string') return true;
  if (v.type === 'pointer_expression' && v.childForFieldName('operator')?.text === '&') {
    const target = v.childForFieldName('argument');
    return target?.type === 'identifier' && localDeclarations(target.text, at).some((d) => d.shape !== 'pointer');
  }
  if (v.type === 'identifier') return localDeclarations(v.text, at).some((d) => d.shape === 'array');
  return false;
}

/** True when the released pointer can only hold stack or static storage at the release. */
function releasesNonHeap(arg: SyntaxNode | null | undefined, at: SyntaxNode): boolean {
  if (!arg) return false;
  if (notHeapValue(arg, at)) return true;
  if (arg.type !== 'identifier') return false;
  const decls = localDeclarations(arg.text, at).filter((d) => d.shape === 'pointer');
  if (decls.length === 0) return false;
  // Every value the pointer receives before the release must be non-heap, and there must be one.
  const values: SyntaxNode[] = decls.flatMap((d) => (d.value ? [d.value] : []));
  for (const n of walk(scopeOf(at))) {
    if (n.startIndex >= at.startIndex) break;
    if (n.type === 'assignment_expression' && n.childForFieldName('left')?.text === arg.text) {
      const right = n.childForFieldName('right');
      if (right) values.push(right);
    }
  }
  return values.length > 0 && values.every((v) => notHeapValue(v, at));
}

export const cFreeNonHeap = callRule({
  id: 'c-free-non-heap',
  cwe: 'CWE-590',
  severity: 'error',
  languages: [...C],
  message:
    'The pointer released here refers to a stack array, a local variable or a string literal, not to heap memory.',
  fix: 'Release only what malloc/calloc/realloc/strdup (or new) returned; keep stack buffers and literals out of free, or copy them to the heap first.',
  callee: { c: /^(free|realloc)$/, cpp: /^(::|std::)?(free|realloc)$/ },
  when: (call) => releasesNonHeap(call.args[0], call.node),
});

export const cppDeleteNonHeap: QueryRule = {
  id: 'cpp-delete-non-heap',
  cwe: 'CWE-590',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(delete_expression) @hit' },
  message: 'delete is applied to a stack array, a local object or a string literal, which new never allocated.',
  fix: 'Delete only pointers obtained from new (better: hold them in std::unique_ptr); let locals and arrays end with their scope.',
  predicate: ({ hit }) => {
    if (!hit) return false;
    const target = hit.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment').at(-1);
    return releasesNonHeap(target, hit);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe590FreeNonHeap: readonly Rule[] = [cFreeNonHeap, cppDeleteNonHeap];
