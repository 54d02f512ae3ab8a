// CWE-415 double free (C rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { FUNCTION_TYPES, ancestor } from '../../walk';
import type { RuleContext } from '../../RuleContext';
import type { CallInfo } from '../../callInfo';
import { callRule } from '../../callRule';
import { C, useAfter } from '../../ruleParts/cLifetimeFacts';
import { calleeFrees, releasedByCalleeLater } from '../../ruleParts/cReleasingCallees';
import { inOwnersRelease, wipedAfter } from '../../ruleParts/cFieldReleaseEnds';

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const FREE = (p: string): RegExp => new RegExp(`\\bfree\\s*\\(\\s*${esc(p)}\\s*\\)`);

/** `p = ...`, or `&p` handed to a call that sets it (`strtonum(s, &cause)`, `asprintf(&o->name, ...)`). */
const REASSIGN = (p: string): RegExp =>
  new RegExp(`(^|[^=!<>])\\b${esc(p)}\\s*=[^=]|[(,]\\s*&\\s*${esc(p)}\\s*(?![\\w.>[-])`);

/** Statements after `node`, in its block (or case) and then after each enclosing statement, up to the function. */
function fallThrough(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  let stmt = node;
  for (let cur = node.parent; cur && !FUNCTION_TYPES.has(cur.type); stmt = cur, cur = cur.parent) {
    // A case's own statements come first; the later cases follow only past its end (a fall-through).
    if (cur.type === 'compound_statement' || cur.type === 'case_statement')
      out.push(
        ...cur.namedChildren.filter(
          (c): c is SyntaxNode => c !== null && c.startIndex > stmt.startIndex && c.type !== 'comment',
        ),
      );
    // The other branch of an if/else is not on this path: skip to what follows the whole statement.
  }
  return out;
}

const BREAK_TARGETS: ReadonlySet<string> = new Set([
  'for_statement',
  'while_statement',
  'do_statement',
  'switch_statement',
]);

/** Walks the path after free(p): 'free' when p is freed again before being reassigned. */
function freedAgain(free: SyntaxNode, p: string): boolean {
  // A `break` leaves its loop: the path goes on after the loop, not with the rest of the loop's body.
  let skipUntil = -1;
  for (const stmt of fallThrough(free)) {
    const text = stmt.text;
    if (stmt.startIndex < skipUntil) continue;
    if (stmt.type === 'break_statement') {
      const loop = ancestor(stmt, BREAK_TARGETS);
      if (!loop || loop.type === 'switch_statement') return false;
      skipUntil = loop.endIndex;
      continue;
    }
    const jump = /^goto\s+(\w+)/.exec(text.trim());
    if (jump) {
      const fn = ancestor(free, FUNCTION_TYPES)?.text ?? '';
      const label = fn.search(new RegExp(`(^|[\\s;{}])${jump[1]}\\s*:(?!:)`));
      if (label < 0) return false;
      const after = fn.slice(label + 1);
      const freeAt = after.search(FREE(p));
      const setAt = after.search(REASSIGN(p));
      return freeAt >= 0 && (setAt < 0 || freeAt < setAt);
    }
    if (REASSIGN(p).test(text) || /^(return|break|continue|throw)\b/.test(text.trim())) return false;
    if (FREE(p).test(text)) return true;
  }
  return false;
}

const LOOP_TYPES: ReadonlySet<string> = new Set(['for_statement', 'while_statement', 'do_statement']);

function doubleFreePath(call: CallInfo, ctx: RuleContext): boolean {
  const arg = call.args[0];
  if (!arg) return false;
  const p = arg.text.replace(/\s+/g, '');
  if (arg.type === 'identifier' && (freedAgain(call.node, p) || releasedByCalleeLater(fallThrough(call.node), p, ctx)))
    return true;
  if (arg.type === 'identifier') {
    // reply(): send_msg(fd, msg) frees msg on failure, then the caller frees it too.
    const fn = ancestor(call.node, FUNCTION_TYPES);
    return (
      fn !== null &&
      ctx
        .callsWithin(fn.startIndex + 1, call.node.startIndex - 1)
        .some((c) => !/free$/.test(c.name) && c.args.some((a, i) => a.text === p && calleeFrees(c.name, i, ctx)))
    );
  }
  if (arg.type === 'field_expression') {
    // free(a->items) on an error path without clearing the field; the owner's destructor frees it again.
    const field = arg.childForFieldName('field')?.text ?? '';
    const owner = arg.childForFieldName('argument')?.text.replace(/\s+/g, '') ?? '';
    const rest = fallThrough(call.node);
    const ret = rest.findIndex((s) => /^return\b/.test(s.text.trim()));
    // Falling off the end of the function returns too (`void close(s) { free(s->key); s->open = 0; }`), unless a
    // loop or a goto takes the path elsewhere.
    const fallsOff = ret < 0 && ancestor(call.node, LOOP_TYPES) === null && !rest.some((s) => /\bgoto\b/.test(s.text));
    // Freeing the owner too (`free(e->key); free(e);` when unlinking an entry) leaves no owner to free it again.
    const path = fallsOff ? rest : rest.slice(0, ret + 1);
    if (inOwnersRelease(call.node, owner) || wipedAfter(path, arg.text.replace(/\s+/g, ''))) return false;
    const returns =
      (ret >= 0 || fallsOff) &&
      !path.some(
        (s) => new RegExp(`->\\s*${field}\\s*=`).test(s.text) || REASSIGN(arg.text.replace(/\\s+/g, '')).test(s.text),
      ) &&
      !(owner !== '' && path.some((s) => FREE(owner).test(s.text)));
    const fn = ancestor(call.node, FUNCTION_TYPES);
    const elsewhere = ctx
      .calls()
      .some(
        (c) =>
          /^free$/.test(c.name) &&
          fn !== null &&
          (c.node.startIndex > fn.endIndex || c.node.endIndex < fn.startIndex) &&
          new RegExp(`->\\s*${field}$`).test(c.args[0]?.text ?? ''),
      );
    return returns && elsewhere;
  }
  return false;
}

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

export const cDoubleFreePath = callRule({
  id: 'c-double-free-path',
  cwe: 'CWE-415',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'This free is followed by another free of the same memory on some path (cleanup label, after the block, in the caller or the owner).',
  fix: 'Set the pointer (or field) to NULL right after freeing it, and free each allocation in exactly one place.',
  callee: { c: /^free$/, cpp: /^(std::)?free$/ },
  when: doubleFreePath,
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe415C: readonly Rule[] = [cDoubleFree, cDoubleFreePath];
