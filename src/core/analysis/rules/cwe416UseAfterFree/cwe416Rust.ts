// CWE-416 use after free (Rust rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { esc } from '../../ruleParts/rustBoundsChecked';
import { callRule } from '../../callRule';
import { scopeOf } from '../../walk';

/**
 * Raw pointers taken from `owner` by let bindings in `fn`: `owner.as_ptr()`, `&owner as *const _`, and a reference
 * coerced by the binding's type (`let p: *const T = &*owner;`, `&owner`, `addr_of!(owner)`).
 */
function pointersInto(owner: string, fn: SyntaxNode): string[] {
  const o = esc(owner);
  const cast = new RegExp(
    `let\\s+(mut\\s+)?(\\w+)\\s*(:[^=]+)?=\\s*(${o}\\s*\\.\\s*as_(mut_)?ptr\\s*\\(\\)|&(mut\\s+)?${o}\\s+as\\s+\\*)`,
    'g',
  );
  const typed = new RegExp(
    `let\\s+(mut\\s+)?(\\w+)\\s*:\\s*\\*(const|mut)\\b[^=]*=\\s*(&(mut\\s+)?\\*?\\s*${o}\\b|(std::)?(ptr::)?addr_of(_mut)?!\\(\\s*\\*?${o}\\b)`,
    'g',
  );
  return [...fn.text.matchAll(cast), ...fn.text.matchAll(typed)]
    .map((m) => m[2])
    .filter((n): n is string => n !== undefined);
}

export const rustUseAfterDrop = callRule({
  id: 'rust-raw-pointer-after-drop',
  cwe: 'CWE-416',
  severity: 'error',
  languages: ['rust'],
  message: 'A raw pointer is dereferenced after the value it points into was dropped (or re-boxed and freed).',
  fix: 'Copy what you need out of the value before dropping it, or keep the owner alive for as long as the pointer is used.',
  callee: { rust: /^((std::)?mem::)?drop$/ },
  when: (call) => {
    const arg = call.args[0];
    if (!arg) return false;
    const fn = scopeOf(call.node);
    const reboxed = /^Box::from_raw\(\s*(\w+)\s*\)$/.exec(arg.text)?.[1];
    const pointers = reboxed ? [reboxed] : arg.type === 'identifier' ? pointersInto(arg.text, fn) : [];
    const after = fn.text.slice(call.node.endIndex - fn.startIndex);
    return pointers.some((p) =>
      new RegExp(`\\*\\s*${esc(p)}\\b|\\b${esc(p)}\\s*\\.\\s*(add|offset|read|as_ref)\\s*\\(`).test(after),
    );
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe416Rust: readonly Rule[] = [rustUseAfterDrop];
