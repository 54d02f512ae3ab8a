// Low tier, C and C++: unbounded string functions and rand, with severity `low` (ruleParts/lowTierRule.ts).
// c-unbounded-copy (CWE-120) already reports every strcpy/strcat/sprintf it cannot show to fit, and c-gets /
// c-scanf-unbounded every gets and width-less %s scan; so the copies left here are the ones whose context shows
// they fit (a literal source, a measured source, a numeric format), kept as notes so learners still see them.
import type { Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { lowTierRules } from '../../ruleParts/lowTierRule';
import { scopeOf } from '../../walk';
import { escapeRegExp } from '../../ruleParts/textPatterns';
import { allocatedWithLength, atomsOf } from '../../cBoundsFacts';
import { harmlessRandom } from './lowTierShared';

/** The copy fits: its source is a literal, the destination was allocated from it, or its length is measured first. */
function boundedCopy(node: SyntaxNode, ctx: RuleContext): boolean {
  const [destination, source] = ctx.callAt(node).args;
  if (!source || !destination) return false;
  if (/^"/.test(source.text) || allocatedWithLength(destination, atomsOf(source), ctx)) return true;
  const scope = scopeOf(node);
  const before = scope.text.slice(0, node.startIndex - scope.startIndex);
  const measured = new RegExp(`\\bstrn?len\\s*\\(\\s*${escapeRegExp(source.text)}\\s*[,)]`);
  return measured.test(before);
}

/** A format with no string conversion (`%d`, `%x`, `%.2f`): its output length is bounded by the numbers. */
function numericFormat(node: SyntaxNode, ctx: RuleContext): boolean {
  const call = ctx.callAt(node);
  const format = call.args.find((a) => /^"/.test(a.text));
  return format !== undefined && !/%[-+ #0-9.*]*(l|h|z|j|t)*(s|\[)/.test(format.text);
}

const copyMeta = {
  cwe: 'CWE-120',
  fix: 'Use snprintf(dst, sizeof dst, ...), strlcpy/strlcat, or C++ std::string.',
};

export const lowTierC: readonly Rule[] = lowTierRules({
  languages: ['c', 'cpp'],
  entries: [
    {
      ...copyMeta,
      id: 'low-c-unbounded-copy',
      message: 'strcpy/strcat copy until the terminator without knowing the destination size.',
      callee: /^(std::)?(strcpy|strcat|wcscpy|wcscat)$/,
      harmless: boundedCopy,
    },
    {
      ...copyMeta,
      id: 'low-c-unbounded-format',
      message: 'sprintf writes as much as the format produces, with no bound on the destination.',
      callee: /^(std::)?(sprintf|vsprintf)$/,
      harmless: numericFormat,
    },
    {
      id: 'low-c-rand',
      cwe: 'CWE-330',
      message: 'rand()/random() are predictable; values made with them can be guessed.',
      fix: 'Use getrandom(), arc4random_buf or RAND_bytes for ids, tokens and keys.',
      callee: /^(std::)?(rand|random|drand48|lrand48)$/,
      harmless: harmlessRandom,
    },
  ],
});
