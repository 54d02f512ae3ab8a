// Sizes a C/C++ function fixes with constants: the value of a constant length (`100 * sizeof(wchar_t)`, a
// `#define`d number, `strlen` of a buffer whose contents are known), the capacity of a buffer a pointer names at a
// call (a local array, or `p = small_buf` / `malloc(50)` / `new wchar_t[50]` as last assigned before it), and the
// string length a buffer holds (an initialising literal, or `memset(buf, 'A', 99); buf[99] = '\0'`). Rules compare
// them to report copies that overrun by construction; whatever is not constant yields null, so nothing is guessed.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { FUNCTION_TYPES, ancestor, walk } from '../walk';
import { typeBytes } from './cTypeSizes';
import { lastValueBefore, movedBetween } from './cLastValue';
import { definedText, literalLength } from './cFileDefines';

export type Storage = 'stack' | 'heap';

export interface Extent {
  /** Capacity in bytes. */
  bytes: number;
  /** Size of one element in bytes (1 for char, 4 for int and wchar_t, ...). */
  element: number;
  storage: Storage;
}

function unwrap(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.type === 'parenthesized_expression' || n.type === 'cast_expression')
    n = n.childForFieldName('value') ?? n.namedChildren.at(-1) ?? n;
  return n;
}

interface Declared {
  /** The declarator node (array, pointer or plain). */
  decl: SyntaxNode;
  type: string;
  value: SyntaxNode | null;
}

/** The local declaration of `name` in the function around `at`. */
function localDeclaration(name: string, at: SyntaxNode): Declared | null {
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn) return null;
  for (const d of walk(fn)) {
    if (d.type !== 'declaration') continue;
    const type = d.childForFieldName('type')?.text ?? '';
    for (const decl of d.childrenForFieldName('declarator')) {
      if (!decl) continue;
      const inner = decl.type === 'init_declarator' ? decl.childForFieldName('declarator') : decl;
      const id = inner && [...walk(inner)].find((n) => n.type === 'identifier');
      if (inner && id?.text === name)
        return { decl: inner, type, value: decl.type === 'init_declarator' ? decl.childForFieldName('value') : null };
    }
  }
  return null;
}

/** The value of a constant integer expression, or null. */
export function constantValue(expr: SyntaxNode | null | undefined, at: SyntaxNode, ctx: RuleContext): number | null {
  if (!expr) return null;
  const e = unwrap(expr);
  if (e.type === 'number_literal') {
    const v = Number.parseInt(e.text.replace(/[uUlL]+$/, ''), e.text.startsWith('0x') ? 16 : 10);
    return Number.isFinite(v) ? v : null;
  }
  if (e.type === 'identifier' && /^[A-Z][A-Z0-9_]*$/.test(e.text)) {
    const text = definedText(e.text, at, ctx);
    return text && /^\(?\s*\d+\s*\)?$/.test(text) ? Number.parseInt(text.replace(/[()\s]/g, ''), 10) : null;
  }
  if (e.type === 'binary_expression') {
    const l = constantValue(e.childForFieldName('left'), at, ctx);
    const r = constantValue(e.childForFieldName('right'), at, ctx);
    if (l === null || r === null) return null;
    const op = e.childForFieldName('operator')?.text;
    if (op === '+') return l + r;
    if (op === '-') return l - r;
    if (op === '*') return l * r;
    if (op === '/' && r !== 0) return Math.floor(l / r);
    return null;
  }
  if (e.type === 'sizeof_expression') return sizeofValue(e, at);
  if (e.type === 'call_expression' && /^(strlen|wcslen)$/.test(e.childForFieldName('function')?.text ?? '')) {
    const arg = e.childForFieldName('arguments')?.namedChildren[0];
    return arg ? knownStringLength(arg, e, ctx) : null;
  }
  return null;
}

function sizeofValue(e: SyntaxNode, at: SyntaxNode): number | null {
  const type = e.childForFieldName('type');
  if (type) return /\*/.test(type.text) ? 8 : typeBytes(type.text);
  const value = e.childForFieldName('value');
  const target = value ? unwrap(value) : null;
  if (target?.type !== 'identifier') return null;
  const declared = localDeclaration(target.text, at);
  // `sizeof(wchar_t)` parses as a parenthesised name when the grammar does not know the type.
  if (!declared) return typeBytes(target.text);
  if (declared.decl.type === 'pointer_declarator') return 8;
  return arrayExtent(declared, at)?.bytes ?? typeBytes(declared.type);
}

/** `T name[N]` with a constant N (or `T name[] = "literal"`). */
function arrayExtent(declared: Declared, at: SyntaxNode, ctx?: RuleContext): Extent | null {
  if (declared.decl.type !== 'array_declarator') return null;
  const element = typeBytes(declared.type);
  if (element === null) return null;
  const size = declared.decl.childForFieldName('size');
  let count = size && ctx ? constantValue(size, at, ctx) : size?.type === 'number_literal' ? Number(size.text) : null;
  if (count === null && !size && declared.value && ctx) {
    const text = literalLength(declared.value, at, ctx);
    count = text === null ? null : text + 1;
  }
  return count === null ? null : { bytes: count * element, element, storage: 'stack' };
}

/** Extent of an allocation expression: `malloc(K)`, `calloc(a, b)`, `new T[K]`. */
function allocationExtent(value: SyntaxNode, pointee: number | null, at: SyntaxNode, ctx: RuleContext): Extent | null {
  const v = unwrap(value);
  if (v.type === 'call_expression') {
    const callee = v.childForFieldName('function')?.text.replace(/^(std)?::/, '') ?? '';
    const args = v.childForFieldName('arguments')?.namedChildren ?? [];
    const element = pointee ?? 1;
    if (/^(malloc|alloca)$/.test(callee)) {
      const bytes = constantValue(args[0], at, ctx);
      return bytes === null ? null : { bytes, element, storage: callee === 'alloca' ? 'stack' : 'heap' };
    }
    if (callee === 'calloc') {
      const a = constantValue(args[0], at, ctx);
      const b = constantValue(args[1], at, ctx);
      return a === null || b === null ? null : { bytes: a * b, element, storage: 'heap' };
    }
    return null;
  }
  if (v.type === 'new_expression') {
    const element = typeBytes(v.childForFieldName('type')?.text ?? '');
    const size = v.childForFieldName('declarator');
    const count = size?.type === 'new_declarator' ? constantValue(size.namedChildren[0], at, ctx) : null;
    return element === null || count === null ? null : { bytes: count * element, element, storage: 'heap' };
  }
  return null;
}

/**
 * The capacity of the buffer `expr` names at `at`: a local array, or a local pointer whose last value before `at`
 * is a local array or a constant-sized allocation (and which was not advanced since).
 */
export function extentAt(expr: SyntaxNode | null | undefined, at: SyntaxNode, ctx: RuleContext): Extent | null {
  if (!expr) return null;
  const e = unwrap(expr);
  if (e.type !== 'identifier') return null;
  const declared = localDeclaration(e.text, at);
  if (!declared) return null;
  const array = arrayExtent(declared, at, ctx);
  if (array) return array;
  if (declared.decl.type !== 'pointer_declarator') return null;
  const value = lastValueBefore(e.text, at, ctx);
  if (!value || movedBetween(e.text, value.endIndex, at)) return null;
  const inner = unwrap(value);
  if (inner.type === 'identifier') {
    const target = localDeclaration(inner.text, at);
    return target ? arrayExtent(target, at, ctx) : null;
  }
  return allocationExtent(inner, typeBytes(declared.type), at, ctx);
}

/**
 * The string length (in characters) the buffer `expr` holds at `at`, when the code fixes it: an array initialised
 * with a literal and not written since, a literal itself, or the last `memset`/`wmemset(buf, c, K)` followed by
 * `buf[K] = 0` before `at`.
 */
export function knownStringLength(expr: SyntaxNode, at: SyntaxNode, ctx: RuleContext): number | null {
  const e = unwrap(expr);
  const literal = literalLength(e, at, ctx);
  if (literal !== null) return literal;
  if (e.type !== 'identifier') return null;
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn) return null;
  let length: number | null = null;
  let filled: number | null = null;
  let written = false;
  for (const call of ctx.callsWithin(fn.startIndex, at.startIndex)) {
    if (call.args[0]?.text !== e.text || call.node.startIndex >= at.startIndex) continue;
    written = true;
    filled = /^(memset|wmemset)$/.test(call.name) ? constantValue(call.args[2], call.node, ctx) : null;
  }
  if (written && filled === null) return null;
  if (filled !== null) {
    const term = new RegExp(`\\b${e.text}\\s*\\[([^\\]]+)\\]\\s*=\\s*L?'\\\\0'`);
    for (const n of walk(fn)) {
      if (n.startIndex >= at.startIndex) break;
      if (n.type !== 'assignment_expression' || !term.test(n.text)) continue;
      const at0 = constantValue(subscriptIndex(n.childForFieldName('left')), n, ctx);
      if (at0 !== null) length = Math.min(filled, at0);
    }
    return length;
  }
  const declared = localDeclaration(e.text, at);
  return declared?.value && declared.decl.type === 'array_declarator' ? literalLength(declared.value, at, ctx) : null;
}

/** The index expression of `a[i]` (tree-sitter-c names it `index`, tree-sitter-cpp wraps it in `indices`). */
export function subscriptIndex(node: SyntaxNode | null | undefined): SyntaxNode | null {
  if (node?.type !== 'subscript_expression') return null;
  const index = node.childForFieldName('index') ?? node.childForFieldName('indices');
  return index?.type === 'subscript_argument_list' ? (index.namedChildren[0] ?? null) : index;
}
