// Shared rule helpers for C array indexing (which subscripts are input-driven and unchecked).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { ancestor, scopeOf, walk } from '../walk';
import {
  allocatedWithLength,
  atomsOf,
  inputDerived,
  integerParameters,
  constPointerParameters,
  rootName,
} from '../cBoundsFacts';
import { grownToIndex, measuredInSameArray, readFromCallerBuffer } from './cIndexOrigins';
import { comparesName, guardedByComparison } from '../pdgGuard';
import { clampedWhenSet } from './cClampedValue';
import { enclosingParameterNames } from '../functionParameters';
import { sizedContainerParameter } from './cppSizedContainers';
import { inUnevaluatedOperand } from './cUnevaluated';
import { readCountBelowCapacity } from './cReadCountBound';
import { byteIndexesTable } from './cByteIndex';
import { checkedByEveryCaller } from './cCheckedByCallers';
import { restartedByLoop } from './cLoopCounterIndex';
import { checkedEachIteration } from './cCheckedEachIteration';

export const LOOPS: ReadonlySet<string> = new Set([
  'while_statement',
  'for_statement',
  'do_statement',
  'for_range_loop',
]);

export const INPUT_DRIVEN =
  /\b(getc|fgetc|getchar|read|recv|fread|fgets|scanf|fscanf|sscanf|getline|strtok)\s*\(|\bEOF\b|'\\0'|\*\s*\w+\s*(\)|&&|\|\||!=)|\(\s*(true|1)\s*\)\s*$|\(\s*;\s*;\s*\)/;

export const C = ['c', 'cpp'] as const;

export const squash = (t: string): string => t.replace(/\s+/g, '');

export const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function indexOf(node: SyntaxNode): { array: SyntaxNode | null; index: SyntaxNode | null } {
  const kids = node.namedChildren.filter((c): c is SyntaxNode => c !== null);
  const raw = node.childForFieldName('index') ?? kids[1] ?? null;
  const index = raw?.type === 'subscript_argument_list' ? (raw.namedChildren[0] ?? null) : raw;
  return { array: node.childForFieldName('argument') ?? kids[0] ?? null, index };
}

export function isWrite(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'update_expression') return true;
  return /assignment_expression/.test(parent.type) && parent.childForFieldName('left')?.startIndex === node.startIndex;
}

/**
 * Whether `base` is declared anywhere in the file as a C++ map or set (which inserts rather than overruns). The
 * answer depends only on the name, so it is kept per name: a scan of the whole file per subscript was quadratic.
 */
function declaredAsContainer(base: string, ctx: RuleContext): boolean {
  const key = `containerDeclared:${base}`;
  let found = ctx.memo.get(key) as boolean | undefined;
  if (found === undefined) {
    found = new RegExp(`(map|unordered_map|json|set)\\s*<[^;]*>\\s*&?\\s*${escapeRe(base)}\\b`).test(ctx.code);
    ctx.memo.set(key, found);
  }
  return found;
}

/** The index comes from input, a caller (integer parameter into a non-parameter array) or a bare counter, and no comparison guards it. */
export function uncheckedIndex(node: SyntaxNode, ctx: RuleContext): boolean {
  const { array, index } = indexOf(node);
  if (
    !array ||
    !index ||
    /%|&|sizeof|\?/.test(index.text) ||
    // `names[!!enabled]`, `t[!x]`: a logical not is 0 or 1.
    /^!/.test(index.text.trim()) ||
    index.type === 'number_literal' ||
    index.type === 'char_literal' ||
    inUnevaluatedOperand(node) ||
    // C++ `f()[i]`, `p->rows()[i]`: the call returns an object whose operator[] is its own (a map grows, a checked
    // container asserts); its type is out of this expression's view.
    (ctx.language === 'cpp' && array.type === 'call_expression')
  )
    return false;
  // Buffers grown with realloc in this function track their own capacity; C++ maps insert rather than overrun.
  const base = array.text.split(/\W/)[0] ?? '';
  if (byteIndexesTable(index, fixedBound(base, ctx))) return false;
  const fnText = scopeOf(node).text;
  if (new RegExp(`\\b${escapeRe(base)}\\s*=\\s*(\\([^)]*\\)\\s*)?realloc\\s*\\(`).test(fnText)) return false;
  if (declaredAsContainer(base, ctx)) return false;
  // A length measured in the array itself (strcspn(line, ...)) or one the array was allocated with (malloc(n + 1)
  // then p[n]) is in range; a bare `malloc(n)` then `p[n]` is the off-by-one rule's.
  if (array.type === 'identifier' && measuredInSameArray(index, array.text, ctx)) return false;
  if (
    array.type === 'identifier' &&
    allocatedWithLength(array, atomsOf(index), ctx) &&
    !new RegExp(`alloc\\s*\\(\\s*${escapeRe(index.text.trim())}\\s*\\)`).test(fnText)
  )
    return false;
  const names = atomsOf(index).filter((a) => /^\w+$/.test(a));
  const params = enclosingParameterNames(node);
  const ints = integerParameters(node);
  // A C++ container parameter knows its size (v.size()), so an index into it is this function's to check.
  const arrayIsParam = params.has(base) && !sizedContainerParameter(base, node, ctx);
  // A bare counter (buf[n++]) grows without bound only in a loop driven by input or a string scan (getc, read,
  // != '\0', EOF); loops counted by another bound and straight-line encoders write a fixed number of elements.
  const loop = ancestor(node, LOOPS);
  const body = loop?.childForFieldName('body');
  const loopHead = loop ? loop.text.slice(0, body ? body.startIndex - loop.startIndex : undefined) : '';
  const inLoop = loop !== null && INPUT_DRIVEN.test(loopHead);
  const suspicious = names.filter(
    (n) =>
      (ints.has(n) && !arrayIsParam && !checkedByEveryCaller(n, node, ctx)) ||
      (inLoop && new RegExp(`(\\b${n}\\s*(\\+\\+|--)|(\\+\\+|--)\\s*${n}\\b)`).test(index.text)) ||
      // ... or a counter the scan loop advances (name[i] = src[i]; i++;) while writing into a local array.
      (inLoop &&
        isWrite(node) &&
        !arrayIsParam &&
        new RegExp(`\\b${n}\\s*\\+\\+|\\+\\+\\s*${n}\\b`).test(loop?.text ?? '') &&
        new RegExp(`\\b${escapeRe(base)}\\s*\\[[^\\]]+\\]\\s*[;=,]`).test(fnText)) ||
      (!params.has(n) && inputDerived(n, node, ctx) && !restartedByLoop(n, base, node, ctx)),
  );
  const fromFields = array.type === 'identifier' ? valuesReadFromCaller(index, base, node, ctx) : [];
  const unclamped = suspicious.filter(
    (n) => !clampedWhenSet(n, node, ctx) && !readCountBelowCapacity(n, array, node, ctx),
  );
  if (unclamped.length === 0 && fromFields.length === 0) return false;
  const checked = [...unclamped, ...fromFields];
  return (
    !guardedByComparison(node, checked, ctx) &&
    !underComparingCondition(node, checked) &&
    !grownToIndex(checked, array, node, ctx) &&
    !checkedEachIteration(node, checked)
  );
}

/**
 * `i < n ? a[i] : 0`, `c >= 0 && c < 256 && t[c]`, `i >= n || a[i] == 0`: a condition that compares the index
 * selects this access (the branch of a conditional, or the right side of a short-circuit operator).
 */
function underComparingCondition(node: SyntaxNode, names: readonly string[]): boolean {
  for (let child = node, up = node.parent; up && !/statement|declaration/.test(up.type); child = up, up = up.parent) {
    const shortCircuit =
      up.type === 'binary_expression' && /^(&&|\|\|)$/.test(up.childForFieldName('operator')?.text ?? '');
    const cond =
      up.type === 'conditional_expression'
        ? up.childForFieldName('condition')
        : shortCircuit
          ? up.childForFieldName('left')
          : null;
    if (cond && cond.startIndex !== child.startIndex && comparesName(cond, names, { bound: shortCircuit })) return true;
  }
  return false;
}

/**
 * The declared bound of a fixed-size array named `base` in this file (`char names[8]`, `T table[N]`, a class's
 * `static const T NAMES[N]`; '' when sized by its initializer), or null. Read from the declarators, not the text: a
 * use such as `return table[*p];` has the same shape as a declaration and once passed for one.
 * All bounds are collected in one walk per file; every subscript of every array asks.
 */
export function fixedBound(base: string, ctx: RuleContext): string | null {
  let bounds = ctx.memo.get('fixedBounds') as Map<string, string> | undefined;
  if (!bounds) {
    bounds = new Map();
    ctx.memo.set('fixedBounds', bounds);
    const inParameters = (n: SyntaxNode): boolean => n.type === 'parameter_list';
    for (const n of walk(ctx.root, inParameters)) {
      const name = n.type === 'array_declarator' ? n.childForFieldName('declarator') : null;
      // The first dimension is the innermost declarator (`a[N][M]`: N); qualified names are a class's members.
      if (!name || !/^(identifier|field_identifier|qualified_identifier)$/.test(name.type)) continue;
      const key = name.text.split('::').pop()?.trim() ?? '';
      const size = n.childForFieldName('size')?.text.trim();
      // `const char *const names[] = {...}`: the array sits inside a pointer declarator under the init_declarator.
      let outer: SyntaxNode = n;
      while (/^(array|pointer|parenthesized)_declarator$/.test(outer.parent?.type ?? '')) outer = outer.parent ?? outer;
      // `T a[]` alone is an extern or a flexible member: no bound to read.
      const bound = size ?? (outer.parent?.type === 'init_declarator' ? '' : null);
      if (key && bound !== null && !bounds.has(key)) bounds.set(key, bound);
    }
  }
  return bounds.get(base) ?? null;
}

/**
 * `T[b >> 4]`, `T[b & 0x0f]`, `T[v % n]`: a byte split into digits or a value reduced by a modulus, the way hex and
 * base64 encoders index their alphabet; the operator, not a check, keeps the index in range.
 */
function reducedIndex(index: SyntaxNode): boolean {
  let e: SyntaxNode | null = index;
  while (e?.type === 'parenthesized_expression' || e?.type === 'cast_expression')
    e = e.childForFieldName('value') ?? e.namedChildren.at(-1) ?? null;
  if (e?.type !== 'binary_expression') return false;
  const op = e.childForFieldName('operator')?.text;
  const literal = /^(0x[0-9a-f]+|\d+)[uUlL]*$/i.test(e.childForFieldName('right')?.text ?? '');
  return op === '%' || ((op === '&' || op === '>>') && literal);
}

/**
 * Values the index reads from what a caller handed in, into an array of fixed size: a member of a read-only pointer
 * parameter (`names[hdr->type]`) or an element of a read-only buffer (`table[p[0]]`, `*p`), which is how a
 * record parsed from a file or packet reaches an index. Returned as the names a bounds check would compare. A
 * byte element cannot pass a table of 256 or more entries.
 */
/** A C++ sequence of this file indexed with `[]` (`std::vector<T> v`, `std::array<T, N> a`): unchecked, like an array. */
function declaredAsSequence(base: string, ctx: RuleContext): boolean {
  if (ctx.language !== 'cpp') return false;
  const key = `sequenceDeclared:${base}`;
  let found = ctx.memo.get(key) as boolean | undefined;
  if (found === undefined) {
    found = new RegExp(`\\b(vector|array|deque)\\s*<[^;{}]*>\\s+${escapeRe(base)}\\s*[;{(=]`).test(ctx.code);
    ctx.memo.set(key, found);
  }
  return found;
}

function valuesReadFromCaller(index: SyntaxNode, base: string, at: SyntaxNode, ctx: RuleContext): string[] {
  const bound = fixedBound(base, ctx) ?? (declaredAsSequence(base, ctx) ? '' : null);
  if (bound === null || enclosingParameterNames(at).has(base) || reducedIndex(index)) return [];
  const pointers = constPointerParameters(at);
  const names: string[] = [];
  for (const n of walk(index)) {
    if (n.type === 'field_expression') {
      const root = rootName(squash(n.text));
      const callee =
        n.parent?.type === 'call_expression' && n.parent.childForFieldName('function')?.startIndex === n.startIndex;
      const op = n.childForFieldName('operator')?.text;
      const through = op === '->' || (op === '.' && ctx.language === 'cpp');
      if (pointers.has(root) && through && !callee) names.push(squash(n.text));
    }
    const element =
      n.type === 'subscript_expression'
        ? n.childForFieldName('argument')
        : n.type === 'pointer_expression' && n.text.trimStart().startsWith('*')
          ? n.childForFieldName('argument')
          : null;
    if (element?.type === 'identifier' && pointers.has(element.text) && !(/^\d+$/.test(bound) && Number(bound) >= 256))
      names.push(element.text);
  }
  // A local that holds one element or field of such a buffer (`type = msg[0]; handlers[type]`).
  if (!(/^\d+$/.test(bound) && Number(bound) >= 256)) names.push(...readFromCallerBuffer(index, at, ctx));
  return [...new Set(names)];
}

export const subscript = { c: '(subscript_expression) @hit', cpp: '(subscript_expression) @hit' };
