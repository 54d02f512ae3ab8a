// Signed lengths checked from above only: a negative value passes the check and becomes a huge size_t in the call
// (CWE-195 for int-sized types, CWE-194 for narrower ones, which get there by sign extension).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { escapeRe } from './cIndexAccess';
import { declarationsOf } from '../cDeclarations';
import { fromCallerOrInput } from '../cBoundsFacts';
import { scopeOf } from '../walk';

/** Size arguments (0-based) that the callee reads as size_t. */
const SIZE_ARG: Record<string, number> = {
  memcpy: 2,
  memmove: 2,
  memset: 2,
  strncpy: 2,
  strncat: 2,
  read: 2,
  recv: 2,
  fread: 2,
  malloc: 0,
};

export const SIGNED = /^(signed\s+)?(int|long|long\s+long|long\s+int|ssize_t|off_t|int(32|64)_t|s32|s64)$/;

/** Signed types narrower than int: the conversion to size_t goes through sign extension (CWE-194). */
export const SIGNED_NARROW = /^(signed\s+)?(short|short\s+int|char|int(8|16)_t|s8|s16)$/;

/** The bare variable of a size argument, looking through casts: `len`, `(size_t)len`. */
function sizeVariable(arg: SyntaxNode): string | undefined {
  return /^(\(\s*[\w\s]+\)\s*)?(\w+)$/.exec(arg.text.trim())?.[2];
}

/**
 * Values that cannot be negative in an int: 8/16/24-bit reads, masks of at most 31 bits, lengths and sizes (a
 * string's or container's `size()`, `length()`, and the `getLength()`/`getSize()` accessors C++ classes name them
 * by), and a plain non-negative number (the clamp `len = 127` after `if (len > 127)`).
 */
const NON_NEGATIVE =
  /\b\w*(RB|RL|rb|rl|be|le|BE|LE|get_u?|read_u?)(8|16|24)\w*\s*\(|\bntohs\s*\(|&\s*0x[0-7]?[0-9a-fA-F]{1,7}\b|\b(strlen|strnlen|sizeof)\b|(\.|->)\s*(size|length|get_?(size|length)|get(Size|Length))\s*\(|^\s*(0x[0-9a-fA-F]+|\d+)[uUlL]*\s*$/;

const NUMBER = /^\s*(0x[0-9a-fA-F]+|\d+)[uUlL]*\s*$/;

/** Every assignment of `name` before `at` gives it a value that cannot be negative. */
function nonNegative(name: string, at: SyntaxNode, ctx: RuleContext): boolean {
  const values = ctx
    .assignments(scopeOf(at))
    .filter(
      (a) =>
        a.node.startIndex < at.startIndex &&
        (a.node.childForFieldName('declarator') ?? a.node.childForFieldName('left'))?.text.trim() === name,
    );
  // A constant (the clamp `len = 127`) says nothing of the other values: at least one must be a measured size.
  const measured = values.filter((a) => !NUMBER.test(a.value.text));
  return measured.length > 0 && values.every((a) => !a.augmented && NON_NEGATIVE.test(a.value.text));
}

/**
 * A signed length the code bounds from above only (`if (len > sizeof buf) return;`): a negative value passes the
 * check and becomes a huge size_t in the call. The upper check shows the writer thought about the bound; the
 * missing lower one is the flaw. A length with no check at all is left to the copy-length rule (CWE-787).
 */
export function upperCheckedOnly(
  call: { name: string; args: SyntaxNode[]; node: SyntaxNode },
  ctx: RuleContext,
  types: RegExp = SIGNED,
): boolean {
  const at = SIZE_ARG[call.name.replace(/^(::|std::)/, '')];
  const arg = at === undefined ? undefined : call.args[at];
  const name = arg ? sizeVariable(arg) : undefined;
  if (!name) return false;
  const declared = declarationsOf(call.node, ctx).find((d) => d.name === name && !d.indirect);
  if (!declared || !types.test(declared.type.replace(/\b(const|volatile|register)\b/g, '').trim())) return false;
  if (!fromCallerOrInput([name], call.node, ctx) || nonNegative(name, call.node, ctx)) return false;
  const fn = scopeOf(call.node);
  const before = fn.text.slice(0, call.node.startIndex - fn.startIndex);
  const n = escapeRe(name);
  // Either polarity: an exit when the length is too big, or the call inside `if (len < MAX)`.
  const upper = new RegExp(
    String.raw`\b${n}\s*[<>]=?\s*(?!-?\s*[01]\b)[\w(]|\b([A-Z][A-Z0-9_]*|[1-9]\d*|sizeof\s*\(?[\w.\->]*\)?)\s*[<>]=?\s*${n}\b`,
  );
  const lower = new RegExp(
    String.raw`\b${n}\s*(<=?|>=?|==|!=)\s*-?\s*[01]\b|\b-?[01]\s*(<=?|>=?)\s*${n}\b|\b${n}\s*<\s*\w*MIN\b`,
  );
  return upper.test(before) && !lower.test(before);
}
