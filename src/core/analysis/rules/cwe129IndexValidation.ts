// CWE-129 improper validation of an array index: an index a caller or input chooses selects an element with no range
// test (or an upper test only). c-unchecked-index-write/-read (787/125) and the lower-bound rules report the access
// the missing test lets through; benchmarks label the same line by its cause, so the cause is reported beside it,
// once per index name and function.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { C, indexOf, subscript, uncheckedIndex } from '../ruleParts/cIndexAccess';
import { integerParameters, inputDerived } from '../cBoundsFacts';
import { unseenMemberIndex } from '../ruleParts/cppUnseenMember';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { FUNCTION_TYPES, ancestor } from '../walk';
import { upperBoundOnly } from './cwe129LowerBoundMissing';

/** The index is one name a caller or input sets (`table[slot]`), not a counter or an expression. */
function chosenIndex(hit: SyntaxNode, ctx: RuleContext): string | null {
  const { index } = indexOf(hit);
  if (index?.type !== 'identifier') return null;
  const name = index.text;
  return integerParameters(hit).has(name) || inputDerived(name, hit, ctx) ? name : null;
}

/** No earlier subscript in the function uses the same index name: one finding per index. */
function firstSubscriptWith(name: string, hit: SyntaxNode): boolean {
  const fn = ancestor(hit, FUNCTION_TYPES);
  if (!fn) return true;
  const before = fn.text.slice(0, hit.startIndex - fn.startIndex);
  return !new RegExp(`\\[\\s*${escapeRegExp(name)}\\s*\\]`).test(before);
}

/** `&table[i]` in C takes an address and reads nothing (c-unchecked-index-read shows it as a note too). */
function addressOnly(hit: SyntaxNode, ctx: RuleContext): boolean {
  let up = hit.parent;
  while (up?.type === 'parenthesized_expression') up = up.parent;
  return ctx.language === 'c' && up?.type === 'pointer_expression' && up.childForFieldName('operator')?.text === '&';
}

export const cIndexNotValidated: QueryRule = {
  id: 'c-index-not-validated',
  cwe: 'CWE-129',
  severity: 'error',
  languages: [...C],
  kind: 'query',
  query: subscript,
  message: 'An index chosen by a caller or input selects an array element without a test of both ends of its range.',
  fix: 'Reject the index unless 0 <= i < the array length before using it (or make it unsigned and test the upper end).',
  predicate: ({ hit }, ctx) => {
    if (!hit) return false;
    const name = chosenIndex(hit, ctx);
    return name !== null && firstSubscriptWith(name, hit) && (uncheckedIndex(hit, ctx) || upperBoundOnly(hit, ctx));
  },
  // Tiered as the access rules tier the same subscript: a member declared elsewhere, or an address, is shown only.
  tierOf: ({ hit }, ctx) =>
    hit && uncheckedIndex(hit, ctx) && (unseenMemberIndex(hit, ctx) || addressOnly(hit, ctx)) ? 'note' : 'finding',
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe129IndexValidation: readonly Rule[] = [cIndexNotValidated];
