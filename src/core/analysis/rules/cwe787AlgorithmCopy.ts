// CWE-787 in C++ algorithm form: `std::copy(src, src + n, dst.begin())` / `std::copy_n(src, n, dst)` into a
// fixed-size destination (a `std::array` or a C array of this file) with a count from a caller or input that
// nothing compares first. The C twin is `c-unchecked-copy-length` (memcpy); the evidence and guard questions are
// the same ones, asked of the count. The loop form (`for (i = 0; i < v.size(); ++i) arr[i] = v[i];`) copies a
// caller's container, whatever its size, into the same kind of fixed destination.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';
import { allocatedWithLength, atomsOf, fromCallerOrInput } from '../cBoundsFacts';
import { functionPdg, guardedByComparison } from '../pdgGuard';
import { clampedWhenSet } from '../ruleParts/cClampedValue';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { measuredContainer, sizedContainerParameter } from '../ruleParts/cppSizedContainers';
import { walk } from '../walk';
import { declaredFixedArray } from '../ruleParts/cFixedArrays';

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

/** `v.size()` (or length) compared with something in `text`: a capacity test before the copy loop. */
function sizeCompared(v: string, text: string): boolean {
  const size = `\\b${escapeRegExp(v)}\\s*(\\.|->)\\s*(size|length)\\s*\\(\\s*\\)`;
  return new RegExp(`${size}\\s*([<>]=?|[!=]=)|([<>]=?|[!=]=)\\s*${size}`).test(text);
}

export const cppContainerLoopIntoArray: QueryRule = {
  id: 'cpp-container-loop-into-array',
  cwe: 'CWE-787',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(for_statement condition: (binary_expression left: (identifier) @i operator: "<" right: (_) @bound) body: (_) @body) @hit',
  },
  message:
    "A loop over a caller's container writes each element into a fixed-size array without comparing the container's size with the array's.",
  fix: 'Compare v.size() with the array size before the loop (or bound the loop by both), or store into a std::vector.',
  predicate: ({ i, bound, body, hit }, ctx) => {
    if (!i || !bound || !body || !hit) return false;
    const v = measuredContainer(bound);
    if (!v || !sizedContainerParameter(v, hit, ctx)) return false;
    let fn = hit;
    while (fn.parent && fn.type !== 'function_definition') fn = fn.parent;
    if (sizeCompared(v, fn.text.slice(0, hit.startIndex - fn.startIndex))) return false;
    return [...walk(body)].some((n) => {
      if (n.type !== 'assignment_expression') return false;
      const left = n.childForFieldName('left');
      const array = left?.type === 'subscript_expression' ? left.childForFieldName('argument') : null;
      const index = left?.childForFieldName('indices')?.namedChildren[0] ?? left?.childForFieldName('index');
      return !!array && array.text !== v && index?.text === i.text && declaredFixedArray(array, ctx);
    });
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe787AlgorithmCopy: readonly Rule[] = [cppAlgorithmCopyLength, cppContainerLoopIntoArray];
