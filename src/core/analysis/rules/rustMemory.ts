// Rust memory safety in unsafe code (CWE-787/125/119/416/190): unchecked indexing and copies, slices
// made with a length nobody checked, set_len, raw pointers used after their owner was dropped, wrapping sizes.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';
import { scopeOf } from '../walk';

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The function bounds something explicitly: an assert, a length comparison, or a min() clamp. */
function boundsChecked(call: CallInfo, operand: SyntaxNode | undefined): boolean {
  const fn = scopeOf(call.node).text;
  if (/\b(debug_)?assert!\s*\(|\.min\s*\(|\.clamp\s*\(/.test(fn)) return true;
  if (!operand) return false;
  const o = esc(operand.text.replace(/\s+/g, ''));
  return new RegExp(`\\b${o}\\s*(<|<=|>|>=)|(<|<=|>|>=)\\s*${o}\\b`).test(
    fn.replace(/\s+(?=[<>])|(?<=[<>]=?)\s+/g, ''),
  );
}

export const rustUncheckedRead = callRule({
  id: 'rust-get-unchecked-read',
  cwe: 'CWE-125',
  severity: 'error',
  languages: ['rust'],
  message:
    'get_unchecked reads at an index that is never compared with the length, so a bad index reads outside the slice.',
  fix: 'Use slice.get(i) (or indexing, which panics) and handle None; keep get_unchecked only behind an explicit bounds check.',
  callee: { rust: /\.get_unchecked$/ },
  when: (call) => !boundsChecked(call, call.args[0]),
});

export const rustUncheckedWrite = callRule({
  id: 'rust-get-unchecked-write',
  cwe: 'CWE-787',
  severity: 'error',
  languages: ['rust'],
  message:
    'get_unchecked_mut writes at an index that is never compared with the length, so a bad index writes outside the slice.',
  fix: 'Use slice.get_mut(i) and handle None; keep get_unchecked_mut only behind an explicit bounds check.',
  callee: { rust: /\.get_unchecked_mut$/ },
  when: (call) => !boundsChecked(call, call.args[0]),
});

export const rustRawCopy = callRule({
  id: 'rust-raw-copy-unchecked-length',
  cwe: 'CWE-787',
  severity: 'error',
  languages: ['rust'],
  message: 'ptr::copy/copy_nonoverlapping copies a count that is never compared with the destination size.',
  fix: 'Check the count against the destination length first, or copy slices with copy_from_slice / extend_from_slice.',
  callee: { rust: /^((std|core)::)?(ptr::)?copy(_nonoverlapping)?$|\.copy_to(_nonoverlapping)?$/ },
  when: (call) => !boundsChecked(call, call.args.at(-1)),
});

export const rustFromRawParts = callRule({
  id: 'rust-from-raw-parts-length',
  cwe: 'CWE-125',
  severity: 'error',
  languages: ['rust'],
  message: "slice::from_raw_parts builds a slice whose length is not the buffer's own length and is never checked.",
  fix: 'Slice the original buffer safely (buf.get(start..end)) or check the length against the allocation first.',
  callee: { rust: /^((std|core)::)?(slice::)?from_raw_parts(_mut)?$/ },
  when: (call) => {
    const len = call.args[1];
    return !!len && !/\.len\(\)$/.test(len.text) && !boundsChecked(call, len);
  },
});

export const rustSetLen = callRule({
  id: 'rust-set-len',
  cwe: 'CWE-119',
  severity: 'warning',
  languages: ['rust'],
  message:
    'Vec::set_len declares elements initialised without writing them; reading them exposes uninitialised memory, and a length above capacity corrupts memory.',
  fix: 'Allocate initialised storage (vec![0; n], resize) or write the elements through spare_capacity_mut before set_len.',
  callee: { rust: /\.set_len$/ },
  when: (call) => !/capacity\s*\(\)/.test(scopeOf(call.node).text) || !/\bassert!/.test(scopeOf(call.node).text),
});

/** Raw pointers taken from `owner` (as_ptr, as_mut_ptr, `&owner as *const`) by let bindings in `fn`. */
function pointersInto(owner: string, fn: SyntaxNode): string[] {
  const o = esc(owner);
  const re = new RegExp(
    `let\\s+(mut\\s+)?(\\w+)\\s*(:[^=]+)?=\\s*(${o}\\s*\\.\\s*as_(mut_)?ptr\\s*\\(\\)|&(mut\\s+)?${o}\\s+as\\s+\\*)`,
    'g',
  );
  return [...fn.text.matchAll(re)].map((m) => m[2]).filter((n): n is string => n !== undefined);
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

const SIZE_NAME = /size|len|total|bytes|count|cap|alloc|offset/i;

export const rustWrappingSize = callRule({
  id: 'rust-wrapping-size',
  cwe: 'CWE-190',
  severity: 'warning',
  languages: ['rust'],
  message: 'A size is computed with wrapping arithmetic, so large inputs wrap to a small value silently.',
  fix: 'Use checked_mul/checked_add and reject overflow (or saturating_* with a limit), then validate the size.',
  callee: { rust: /\.wrapping_(mul|add|shl|pow)$/ },
  when: (call) => {
    let holder: SyntaxNode | null = call.node.parent;
    while (
      holder &&
      holder.type !== 'let_declaration' &&
      holder.type !== 'assignment_expression' &&
      !/_item$|block$/.test(holder.type)
    )
      holder = holder.parent;
    const target = holder?.childForFieldName('pattern') ?? holder?.childForFieldName('left');
    return !!target && SIZE_NAME.test(target.text) && !/hash|seed|checksum|crc/i.test(target.text);
  },
});
