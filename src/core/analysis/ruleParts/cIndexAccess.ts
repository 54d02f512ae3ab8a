// Shared rule helpers for C array indexing (which subscripts are input-driven and unchecked).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { ancestor, scopeOf } from '../walk';
import { atomsOf, inputDerived, integerParameters, parameterNames } from '../cBoundsFacts';
import { guardedByComparison } from '../pdgGuard';
import { clampedWhenSet } from './cClampedValue';

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
    index.type === 'number_literal' ||
    index.type === 'char_literal'
  )
    return false;
  // Buffers grown with realloc in this function track their own capacity; C++ maps insert rather than overrun.
  const base = array.text.split(/\W/)[0] ?? '';
  const fnText = scopeOf(node).text;
  if (new RegExp(`\\b${escapeRe(base)}\\s*=\\s*(\\([^)]*\\)\\s*)?realloc\\s*\\(`).test(fnText)) return false;
  if (declaredAsContainer(base, ctx)) return false;
  const names = atomsOf(index).filter((a) => /^\w+$/.test(a));
  const params = parameterNames(node);
  const ints = integerParameters(node);
  const arrayIsParam = params.has(array.text.split(/\W/)[0] ?? '');
  // A bare counter (buf[n++]) grows without bound only in a loop driven by input or a string scan (getc, read,
  // != '\0', EOF); loops counted by another bound and straight-line encoders write a fixed number of elements.
  const loop = ancestor(node, LOOPS);
  const body = loop?.childForFieldName('body');
  const loopHead = loop ? loop.text.slice(0, body ? body.startIndex - loop.startIndex : undefined) : '';
  const inLoop = loop !== null && INPUT_DRIVEN.test(loopHead);
  const suspicious = names.filter(
    (n) =>
      (ints.has(n) && !arrayIsParam) ||
      (inLoop && new RegExp(`(\\b${n}\\s*(\\+\\+|--)|(\\+\\+|--)\\s*${n}\\b)`).test(index.text)) ||
      // ... or a counter the scan loop advances (name[i] = src[i]; i++;) while writing into a local array.
      (inLoop &&
        isWrite(node) &&
        !arrayIsParam &&
        new RegExp(`\\b${n}\\s*\\+\\+|\\+\\+\\s*${n}\\b`).test(loop?.text ?? '') &&
        new RegExp(`\\b${escapeRe(base)}\\s*\\[[^\\]]+\\]\\s*[;=,]`).test(fnText)) ||
      (!params.has(n) && inputDerived(n, node, ctx)),
  );
  const unclamped = suspicious.filter((n) => !clampedWhenSet(n, node, ctx));
  return unclamped.length > 0 && !guardedByComparison(node, unclamped, ctx);
}

export const subscript = { c: '(subscript_expression) @hit', cpp: '(subscript_expression) @hit' };
