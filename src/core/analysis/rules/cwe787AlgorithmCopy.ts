// CWE-787 in C++ algorithm form: `std::copy(src, src + n, dst.begin())` / `std::copy_n(src, n, dst)` into a
// fixed-size destination (a `std::array` or a C array of this file) with a count from a caller or input that
// nothing compares first. The C twin is `c-unchecked-copy-length` (memcpy); the evidence and guard questions are
// the same ones, asked of the count.
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';
import { allocatedWithLength, atomsOf, fromCallerOrInput } from '../cBoundsFacts';
import { functionPdg, guardedByComparison } from '../pdgGuard';
import { clampedWhenSet } from '../ruleParts/cClampedValue';
import { escapeRegExp } from '../ruleParts/textPatterns';

/** The count of elements copied: copy_n's second argument, or `n` in a `first, first + n` range. */
function copiedCount(call: CallInfo): SyntaxNode | null {
  if (/copy_n$/.test(call.name)) return call.args[1] ?? null;
  const [first, last] = call.args;
  if (!first || !last || last.type !== 'binary_expression') return null;
  const right = last.childForFieldName('right');
  const left = last.childForFieldName('left');
  return last.childForFieldName('operator')?.text === '+' && left?.text.trim() === first.text.trim() ? right : null;
}

/** The destination names a fixed-size array of this file: `buf`, `buf.begin()`, `buf.data()`, `std::begin(buf)`. */
function fixedDestination(dst: SyntaxNode): string | null {
  const m = /^(?:std::begin\s*\(\s*)?([\w.>-]*?)(\w+)\s*(?:(?:\.|->)\s*(?:begin|data)\s*\(\s*\))?\s*\)?$/.exec(
    dst.text.trim(),
  );
  const name = m?.[2];
  if (!name) return null;
  let root = dst;
  while (root.parent) root = root.parent;
  const n = escapeRegExp(name);
  const fixed = new RegExp(`std::array\\s*<[^;]*>\\s*${n}\\b|\\b${n}\\s*\\[\\s*[\\w\\s*+]+\\]\\s*[;={]`);
  return fixed.test(root.text) ? name : null;
}

function uncheckedAlgorithmCopy(call: CallInfo, ctx: RuleContext): boolean {
  const count = copiedCount(call);
  const dst = call.args[call.args.length - 1];
  if (!count || !dst || /^\d+$/.test(count.text.trim()) || /^sizeof/.test(count.text.trim())) return false;
  if (!fixedDestination(dst)) return false;
  const atoms = atomsOf(count);
  if (!fromCallerOrInput(atoms, call.node, ctx) || allocatedWithLength(dst, atoms, ctx)) return false;
  if (count.type === 'identifier' && clampedWhenSet(count.text, call.node, ctx)) return false;
  return functionPdg(call.node, ctx) !== null && !guardedByComparison(call.node, atoms, ctx);
}

export const cppAlgorithmCopyLength = callRule({
  id: 'cpp-unchecked-algorithm-copy',
  cwe: 'CWE-787',
  severity: 'error',
  languages: ['cpp'],
  message:
    'std::copy / std::copy_n writes a count from a caller or input into a fixed-size array without comparing it with the array size.',
  fix: 'Compare the count with the destination size (dst.size(), std::size(dst)) before copying, or copy into a std::vector sized from it.',
  callee: { cpp: /^(std::)?(copy|copy_n)$/ },
  when: uncheckedAlgorithmCopy,
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe787AlgorithmCopy: readonly Rule[] = [cppAlgorithmCopyLength];
