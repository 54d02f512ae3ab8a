// CWE-416 use after free (C rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { C as C_PAIR, escapeRe, laterSiblings, useAfter } from '../../ruleParts/cLifetimeFacts';
import { ancestor, scopeOf } from '../../walk';
import { callRule } from '../../callRule';
import { escapeRegExp } from '../../ruleParts/textPatterns';

const C = ['c', 'cpp'] as const;

const LOOPS: ReadonlySet<string> = new Set(['for_statement']);

const meta = { cwe: 'CWE-416', severity: 'error' as const };

/** Names of functions that drop a reference, freeing the object only when it was the last one. */
const DROPS_REFERENCE = /_(put|unref|release)$/;

function wrapperFreesObject(wrapper: string, name: string, at: SyntaxNode, ctx: RuleContext): boolean {
  const def = ctx
    .matches('(function_definition declarator: (function_declarator declarator: (identifier) @name) body: (_) @body)')
    .find((m) => m.captures.some((c) => c.name === 'name' && c.node.text === wrapper));
  // Its body frees, itself or through a release function (`if (--c->refs == 0) conn_free(c);`).
  if (def)
    return /\b(\w*_)?(free|destroy)(_\w+)?\s*\(/.test(def.captures.find((c) => c.name === 'body')?.node.text ?? '');
  // A reference drop (`_put`, `_unref`, `_release`) frees only on the last reference: trusted only with its body in view.
  if (DROPS_REFERENCE.test(wrapper)) return false;
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
  languages: [...C_PAIR],
  message: 'The pointer is used after it was freed.',
  fix: 'Do not touch memory after free(); set the pointer to NULL right after freeing it.',
  // Project wrappers named like job_free / free_job / conn_destroy release memory just as free() does.
  callee: {
    c: /^(free|\w+_(free|destroy|put|unref|release)|(free|destroy)_\w+)$/,
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

const ANY_LOOP = /^(for|while|do)_statement$/;

/**
 * `while (cur) { if (match) { ...; free(cur); } ... cur = cur->next; }`: the node is freed inside a branch of the loop
 * body and the body, after that branch, advances through it. A branch that leaves the pass (`continue`, `break`,
 * `return`, `goto`) or gives the cursor a new value after the free does not reach the advance.
 */
function advancedAfterBranchFree(call: SyntaxNode, name: string): boolean {
  const p = escapeRegExp(name);
  if (
    laterSiblings(call).some((s) =>
      new RegExp(`\\b(continue|break|return|goto)\\b|(?<![\\w>.])${p}\\s*=[^=]`).test(s.text),
    )
  )
    return false;
  let stmt = call;
  let body: SyntaxNode | null = null;
  for (let up = call.parent; up; stmt = up, up = up.parent) {
    if (up.type === 'compound_statement' && up.parent && ANY_LOOP.test(up.parent.type)) {
      body = up;
      break;
    }
    if (FUNCTION_LIKE.test(up.type)) return false;
  }
  if (!body || stmt === call) return false;
  const later = body.namedChildren.filter((c): c is SyntaxNode => c !== null && c.startIndex > stmt.startIndex);
  const first = later.find((s) => new RegExp(`(?<![\\w>.])${p}(?!\\w)`).test(s.text));
  return first !== undefined && new RegExp(`(?<![\\w>.])${p}\\s*->`).test(first.text);
}

const FUNCTION_LIKE = /function_definition|lambda_expression/;

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
    if (!!p && !!update && new RegExp(`\\b${escapeRegExp(p.text)}\\s*->`).test(update.text)) return true;
    // Or the free sits in a branch of the loop body and the body advances through the cursor after it.
    return p?.type === 'identifier' && advancedAfterBranchFree(call.node, p.text);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe416C: readonly Rule[] = [cUseAfterFree, cFreeLoopCursor];
