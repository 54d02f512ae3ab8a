// CWE-416 (C/C++): the old pointer handed to realloc is used after a successful realloc moved the block.
import type { Rule } from '../../Rule';
import type { CallInfo } from '../../callInfo';
import { callRule } from '../../callRule';
import { escapeRe, laterSiblings } from '../../ruleParts/cLifetimeFacts';
import { dereferenceOf, nullTestOf } from '../../ruleParts/cNullTests';
import { holderPastCasts } from '../../ruleParts/cppCasts';

const squash = (t: string): string => t.replace(/\s+/g, '');

/** `tmp = realloc(buf, n)` / `T *tmp = realloc(buf, n)`: the new pointer's name, when it differs from the old one. */
function movedTo(call: CallInfo): string | null {
  const holder = holderPastCasts(call.node);
  if (!holder || !/init_declarator|assignment_expression/.test(holder.type)) return null;
  const target = holder.childForFieldName('declarator') ?? holder.childForFieldName('left');
  return target ? squash(target.text).replace(/^\*+/, '') : null;
}

/**
 * After `tmp = realloc(buf, n)` the block may have moved: `buf` is dangling unless the code takes the new pointer
 * (`buf = tmp`) first. The branch that handles a failed realloc (`if (!tmp) ...`) may still use `buf`.
 */
export const cUseAfterRealloc = callRule({
  id: 'c-use-after-realloc',
  cwe: 'CWE-416',
  severity: 'error',
  languages: ['c', 'cpp'],
  message: 'The old pointer passed to realloc is used after the call, but realloc may have moved (and freed) it.',
  fix: 'Assign the result back (`buf = tmp;`) right after checking it for NULL, and use only the new pointer.',
  callee: { c: /^(realloc|reallocarray|krealloc|g_realloc|g_try_realloc|\w+_realloc)$/, cpp: /^(std::)?realloc$/ },
  when: (call) => {
    const old = call.args[0];
    const moved = movedTo(call);
    if (!old || !moved || !/^[\w.>-]+$/.test(squash(old.text))) return false;
    const name = squash(old.text);
    if (name === moved) return false;
    const assigned = new RegExp(`(?<![\\w>.])${escapeRe(name)}\\s*=(?!=)`);
    for (const stmt of laterSiblings(call.node)) {
      // The failure branch: the old block is still valid there (and freeing it is the right thing to do).
      if (stmt.type === 'if_statement' && nullTestOf(moved).test(stmt.childForFieldName('condition')?.text ?? '')) {
        if (assigned.test(stmt.text)) return false;
        continue;
      }
      if (assigned.test(stmt.text)) return false;
      if (dereferenceOf(name).test(stmt.text)) return true;
    }
    return false;
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe416Realloc: readonly Rule[] = [cUseAfterRealloc];
