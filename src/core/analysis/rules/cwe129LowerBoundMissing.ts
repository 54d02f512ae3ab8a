// CWE-129 in its commonest answer shape: a signed index from a caller or input is compared with the array's upper
// end only (`if (i >= N) return -1; return table[i];`), so a negative value reads or writes before the array. The
// read is reported as CWE-125 and the write as CWE-787, the weaknesses the missing test lets through.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { C, indexOf, isWrite, subscript } from '../ruleParts/cIndexAccess';
import { declaredFixedArray } from '../ruleParts/cFixedArrays';
import { declarationsOf } from '../cDeclarations';
import { inputDerived } from '../cBoundsFacts';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { FUNCTION_TYPES, ancestor } from '../walk';

const SIGNED = /^(signed\s+)?(int|long|short|long\s+long|ssize_t|ptrdiff_t|int(8|16|32|64)_t|char)$/;

/** The subscript's index is a signed name that the function compares with an upper bound only. */
export function upperBoundOnly(hit: SyntaxNode, ctx: RuleContext): boolean {
  const { array, index } = indexOf(hit);
  if (!array || index?.type !== 'identifier' || !declaredFixedArray(array, ctx)) return false;
  const i = index.text;
  const decl = declarationsOf(hit, ctx).find((d) => d.name === i && !d.indirect);
  if (!decl || !SIGNED.test(decl.type.trim()) || !(decl.parameter || inputDerived(i, hit, ctx))) return false;
  const fn = ancestor(hit, FUNCTION_TYPES);
  if (!fn) return false;
  const before = fn.text.slice(0, hit.startIndex - fn.startIndex);
  const n = escapeRegExp(i);
  const zero = String.raw`(0|-\s*1)\b`;
  const upper = new RegExp(String.raw`\b${n}\s*(>=?|<=?)\s*(?!${zero})[\w(]|[\w)]\s*(<=?|>=?)\s*${n}\b`);
  const lower = new RegExp(
    String.raw`\b${n}\s*(<=?|>=?)\s*${zero}|\b${zero}\s*(<=?|>=?)\s*${n}\b|\(\s*(unsigned|size_t|std::size_t|uint\w*)[^)]*\)\s*${n}\b|_cast<\s*(unsigned|size_t|std::size_t|uint\w*)[^>]*>\s*\(\s*${n}\s*\)|\babs\s*\(\s*${n}\b`,
  );
  return upper.test(before) && !lower.test(before);
}

const meta = {
  severity: 'error' as const,
  languages: [...C],
  kind: 'query' as const,
  query: subscript,
  fix: 'Compare the index with 0 as well (if (i < 0 || i >= N)), or make it unsigned (size_t) before the test.',
};

export const indexLowerBoundMissingRead: QueryRule = {
  ...meta,
  id: 'c-index-lower-bound-missing-read',
  cwe: 'CWE-125',
  message: 'The signed index is compared with the upper end only, so a negative value reads before the array.',
  predicate: ({ hit }, ctx) => !!hit && !isWrite(hit) && upperBoundOnly(hit, ctx),
};

export const indexLowerBoundMissingWrite: QueryRule = {
  ...meta,
  id: 'c-index-lower-bound-missing-write',
  cwe: 'CWE-787',
  message: 'The signed index is compared with the upper end only, so a negative value writes before the array.',
  predicate: ({ hit }, ctx) => !!hit && isWrite(hit) && upperBoundOnly(hit, ctx),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe129LowerBoundMissing: readonly Rule[] = [indexLowerBoundMissingRead, indexLowerBoundMissingWrite];
