// Copies that overrun by construction: every size involved is a constant of the function (see cConstantExtent),
// and the bytes written or read exceed the buffer's capacity. Shared by the stack (121), heap (122) and
// over-read (126) rules, which differ only in which side and storage they report.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { constantValue, extentAt, knownStringLength, type Extent } from './cConstantExtent';
import { lastValueBefore } from './cLastValue';

/** Calls that write a counted number of bytes (or wide characters, `w*`) to their first argument. */
const COUNTED_WRITE = /^(std::)?(memcpy|memmove|memset|strncpy|wmemcpy|wmemmove|wmemset|wcsncpy)$/;
/** Calls that copy a whole string, terminator included, to their first argument. */
const STRING_COPY = /^(std::)?(strcpy|wcscpy)$/;
/** Calls that read a counted number of bytes from their second argument whatever it holds. */
const COUNTED_READ = /^(std::)?(memcpy|memmove|wmemcpy|wmemmove)$/;

const wide = (name: string): boolean => /^(std::)?w/.test(name);

/** Bytes a counted or string copy writes into its destination, or null when not constant. */
function bytesWritten(call: CallInfo, dst: Extent, ctx: RuleContext): number | null {
  if (COUNTED_WRITE.test(call.name)) {
    const count = constantValue(call.args[2], call.node, ctx);
    return count === null ? null : count * (wide(call.name) ? dst.element : 1);
  }
  if (STRING_COPY.test(call.name) && call.args[1]) {
    const length = knownStringLength(call.args[1], call.node, ctx);
    return length === null ? null : (length + 1) * dst.element;
  }
  return null;
}

/** The storage of a destination the call writes past, or null. */
export function writeOverrun(call: CallInfo, ctx: RuleContext): Extent['storage'] | null {
  const dst = extentAt(call.args[0], call.node, ctx);
  if (!dst) return null;
  const written = bytesWritten(call, dst, ctx);
  return written !== null && written > dst.bytes ? dst.storage : null;
}

/** The call reads a constant count of bytes past the end of its source buffer. */
export function readOverrun(call: CallInfo, ctx: RuleContext): boolean {
  if (!COUNTED_READ.test(call.name)) return false;
  const src = extentAt(call.args[1], call.node, ctx);
  const count = constantValue(call.args[2], call.node, ctx);
  return !!src && count !== null && count * (wide(call.name) ? src.element : 1) > src.bytes;
}

/**
 * `for (i = 0; i < K; i++) { buf[i] = ...; }` with a constant K larger than buf's element count: the loop writes
 * past the end. An inclusive bound (`i <= K`) is the off-by-one rule's (193).
 */
export function loopWriteOverrun(write: SyntaxNode, ctx: RuleContext): Extent['storage'] | null {
  const left = write.childForFieldName('left');
  if (left?.type !== 'subscript_expression') return null;
  const index = /\[\s*(\w+)\s*\]$/.exec(left.text)?.[1];
  let loop: SyntaxNode | null = write.parent;
  while (loop && loop.type !== 'for_statement' && !/function_definition/.test(loop.type)) loop = loop.parent;
  if (!index || loop?.type !== 'for_statement') return null;
  const cond = loop.childForFieldName('condition');
  const init = loop.childForFieldName('initializer')?.text ?? '';
  if (cond?.type !== 'binary_expression' || cond.childForFieldName('operator')?.text !== '<') return null;
  if (cond.childForFieldName('left')?.text !== index || !new RegExp(`\\b${index}\\s*=\\s*0\\s*;?$`).test(init))
    return null;
  const bound = constantValue(cond.childForFieldName('right'), write, ctx);
  const dst = extentAt(left.childForFieldName('argument'), write, ctx);
  return dst && bound !== null && bound * dst.element > dst.bytes ? dst.storage : null;
}

/** Copy calls by the argument they write (0) and the one they read (1). */
export const COPY_CALLS = {
  c: /^(memcpy|memmove|memset|strncpy|strcpy|strcat|strncat|wmemcpy|wmemmove|wmemset|wcsncpy|wcscpy|wcscat|wcsncat)$/,
  cpp: /^(std::)?(memcpy|memmove|memset|strncpy|strcpy|strcat|strncat|wmemcpy|wmemmove|wmemset|wcsncpy|wcscpy|wcscat|wcsncat)$/,
};

/**
 * The pointer `expr` names was last set to a local buffer minus a positive constant (`data = buf - 8`) and not
 * moved since: any access through it starts before the buffer.
 */
export function startsBeforeBuffer(expr: SyntaxNode | null | undefined, at: SyntaxNode, ctx: RuleContext): boolean {
  if (expr?.type !== 'identifier') return false;
  const value = lastValueBefore(expr.text, at, ctx);
  if (value?.type !== 'binary_expression' || value.childForFieldName('operator')?.text !== '-') return false;
  const offset = constantValue(value.childForFieldName('right'), at, ctx);
  return offset !== null && offset > 0 && extentAt(value.childForFieldName('left'), at, ctx) !== null;
}
