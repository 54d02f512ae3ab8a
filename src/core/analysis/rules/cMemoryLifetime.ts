// CWE-476/416/415/190: allocation results used unchecked, memory used or freed again after free,
// and allocation sizes multiplied without an overflow check.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callRule } from '../callRule';
import type { RuleContext } from '../RuleContext';
import { isConstant } from '../stringShape';
import { scopeOf } from '../walk';
import { atomsOf, fromCallerOrInput } from '../cBoundsFacts';

const C = ['c', 'cpp'] as const;

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The statements that follow `node`'s statement in the same block. */
function laterSiblings(node: SyntaxNode): SyntaxNode[] {
  let stmt = node;
  while (stmt.parent && stmt.parent.type !== 'compound_statement') stmt = stmt.parent;
  const block = stmt.parent;
  if (!block) return [];
  return block.namedChildren.filter((c): c is SyntaxNode => c !== null && c.startIndex > stmt.startIndex);
}

export const cUncheckedAlloc = callRule({
  id: 'c-unchecked-alloc',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: [...C],
  message: 'The result of an allocation is used without checking it for NULL.',
  fix: 'Check the pointer returned by malloc/calloc/realloc/strdup for NULL before using it.',
  callee: { c: /^(malloc|calloc|realloc|strdup|strndup)$/, cpp: /^(std::)?(malloc|calloc|realloc|strdup)$/ },
  when: (call, ctx) => {
    let holder = call.node.parent;
    while (holder && /cast_expression|parenthesized_expression/.test(holder.type)) holder = holder.parent;
    if (!holder || !/init_declarator|assignment_expression/.test(holder.type)) return false;
    const target =
      (holder.childForFieldName('declarator') ?? holder.childForFieldName('left'))?.text.replace(/^\*+\s*/, '') ?? '';
    // Evidence that the allocation can fail in practice: its size comes from a caller or input.
    const size = /realloc$/.test(call.name) ? call.args[1] : call.args[0];
    if (!target || !size || isConstant(size) || !fromCallerOrInput(atomsOf(size), call.node, ctx)) return false;
    const p = escapeRe(target);
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
});

function useAfter(free: SyntaxNode, name: string): 'use' | 'free' | null {
  const p = escapeRe(name);
  for (const stmt of laterSiblings(free)) {
    const text = stmt.text;
    // `n = n->next` after free(n) reads the freed node while reassigning it.
    if (new RegExp(`^\\s*${p}\\s*=[^=].*\\b${p}\\s*->`).test(text)) return 'use';
    if (
      new RegExp(`^\\s*${p}\\s*=[^=]`).test(text) ||
      (/^(return|goto|break|continue)\b/.test(text.trim()) && !new RegExp(`\\b${p}\\b`).test(text))
    )
      return null;
    if (new RegExp(`\\bfree\\s*\\(\\s*${p}\\s*\\)`).test(text)) return 'free';
    if (new RegExp(`\\b${p}\\s*=[^=]`).test(text)) return null;
    if (new RegExp(`\\b${p}\\b`).test(text)) return 'use';
  }
  return null;
}

function wrapperFreesObject(wrapper: string, name: string, at: SyntaxNode, ctx: RuleContext): boolean {
  const def = ctx
    .matches('(function_definition declarator: (function_declarator declarator: (identifier) @name) body: (_) @body)')
    .find((m) => m.captures.some((c) => c.name === 'name' && c.node.text === wrapper));
  if (def) return /\bfree\s*\(/.test(def.captures.find((c) => c.name === 'body')?.node.text ?? '');
  const type = new RegExp(`(?:struct\\s+)?(\\w+)\\s*\\*+\\s*${escapeRe(name)}\\b`).exec(scopeOf(at).text)?.[1] ?? name;
  const stem = (t: string): string => t.toLowerCase().replace(/_t$|^struct$/, '');
  return wrapper.toLowerCase().includes(stem(type)) || wrapper.toLowerCase().includes(stem(name));
}

function derefAfter(free: SyntaxNode, name: string): boolean {
  const p = escapeRe(name);
  for (const stmt of laterSiblings(free)) {
    if (new RegExp(`\\b${p}\\s*=[^=]`).test(stmt.text)) return false;
    if (new RegExp(`\\b${p}\\s*(->|\\[)|\\*\\s*${p}\\b`).test(stmt.text)) return true;
  }
  return false;
}

export const cUseAfterFree = callRule({
  id: 'c-use-after-free',
  cwe: 'CWE-416',
  severity: 'error',
  languages: [...C],
  message: 'The pointer is used after it was freed.',
  fix: 'Do not touch memory after free(); set the pointer to NULL right after freeing it.',
  // Project wrappers named like job_free / free_job / conn_destroy release memory just as free() does.
  callee: {
    c: /^(free|\w+_(free|destroy)|(free|destroy)_\w+)$/,
    cpp: /^(std::)?(free|\w+_(free|destroy)|(free|destroy)_\w+)$/,
  },
  when: (call, ctx) => {
    const arg = call.args[0];
    if (call.args.length !== 1 || arg?.type !== 'identifier' || useAfter(call.node, arg.text) !== 'use') return false;
    // A wrapper may free only what the object owns (hash_destroy then efree(h)): require a dereference after it,
    // and evidence the wrapper frees this object: its body here frees the parameter, or its name names the type.
    return (
      /^(std::)?free$/.test(call.name) ||
      (derefAfter(call.node, arg.text) && wrapperFreesObject(call.name, arg.text, call.node, ctx))
    );
  },
});

export const cDoubleFree = callRule({
  id: 'c-double-free',
  cwe: 'CWE-415',
  severity: 'error',
  languages: [...C],
  message: 'The same pointer is freed twice.',
  fix: 'Free each allocation once and set the pointer to NULL after freeing it.',
  callee: { c: /^free$/, cpp: /^(std::)?free$/ },
  when: (call) => call.args[0]?.type === 'identifier' && useAfter(call.node, call.args[0].text) === 'free',
});

export const cAllocOverflow = callRule({
  id: 'c-alloc-size-overflow',
  cwe: 'CWE-190',
  severity: 'warning',
  languages: [...C],
  message: 'An allocation size is a product of run-time values that can overflow and allocate too little.',
  fix: 'Check the multiplication (n > SIZE_MAX / size) before allocating, or use calloc(n, size).',
  callee: { c: /^(malloc|realloc|alloca)$/, cpp: /^(std::)?(malloc|realloc|alloca)$/ },
  when: (call, ctx) => {
    const size = call.name.endsWith('realloc') ? call.args[1] : call.args[0];
    if (!size || !/\*/.test(size.text) || isConstant(size)) return false;
    const factors = size.text
      .split('*')
      .map((f) => f.trim())
      .filter((f) => !/^sizeof|^\(?\s*\d+\s*\)?$/.test(f));
    // Evidence: a factor must come from a caller or input; products of local constants cannot be steered.
    if (factors.length === 0 || !fromCallerOrInput(atomsOf(size), call.node, ctx)) return false;
    return !/SIZE_MAX|INT_MAX|UINT_MAX|__builtin_mul_overflow|ckd_mul|overflow/.test(scopeOf(call.node).text);
  },
});
