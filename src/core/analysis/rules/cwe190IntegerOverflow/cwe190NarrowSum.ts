// CWE-190: an allocation sized by a sum of 32-bit lengths. `uint32_t total = alen + blen; malloc(total)` wraps to a
// small size when the two lengths add past 4 GB, and the copies that follow overrun it. A sum in size_t of one wide
// term (`len + 1` with size_t len) is left alone: it wraps only at SIZE_MAX.
import type { Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import type { CallInfo } from '../../callInfo';
import { callRule } from '../../callRule';
import { operands } from '../../ruleParts/sizeOperands';
import { isConstant } from '../../stringShape';
import { atomsOf, fromCallerOrInput } from '../../cBoundsFacts';
import { declarationsOf } from '../../cDeclarations';
import { functionPdg, guardedByComparison } from '../../pdgGuard';
import { scopeOf } from '../../walk';

const BIT32 = /^(const\s+)?(std::)?(u?int32_t|int|unsigned(\s+int)?|uint32|int32)$/;

const CHECKED = /UINT32_MAX|UINT_MAX|INT_MAX|__builtin_add_overflow|ckd_add|check_add_overflow|overflow/;

/** The sum behind the size: the argument itself, or a local assigned once from a sum. Null when it is none. */
function sizeSum(size: SyntaxNode, ctx: RuleContext): { sum: SyntaxNode; holder?: string } | null {
  const isSum = (n: SyntaxNode): boolean =>
    n.type === 'binary_expression' && n.childForFieldName('operator')?.text === '+';
  if (isSum(size)) return { sum: size };
  if (size.type !== 'identifier') return null;
  const writes = ctx.assignmentsTo(scopeOf(size), size.text).filter((a) => a.node.startIndex < size.startIndex);
  const only = writes.length === 1 ? writes[0] : undefined;
  return only && isSum(only.value) ? { sum: only.value, holder: size.text } : null;
}

function narrowSumAllocation(call: CallInfo, ctx: RuleContext): boolean {
  const size = call.name.endsWith('realloc') ? call.args[1] : call.args[0];
  const found = size ? sizeSum(size, ctx) : null;
  if (!size || !found) return false;
  const terms = operands(found.sum, '+').filter(
    (t) => !isConstant(t) && !/^sizeof|^[A-Z][A-Z0-9_]*$/.test(t.text.trim()),
  );
  if (terms.length < 2 || terms.some((t) => t.type !== 'identifier')) return false;
  const declared = declarationsOf(call.node, ctx);
  const typeOf = (name: string): string => declared.find((d) => d.name === name && !d.indirect)?.type.trim() ?? '';
  const wraps = terms.every((t) => BIT32.test(typeOf(t.text))) || (!!found.holder && BIT32.test(typeOf(found.holder)));
  if (!wraps || CHECKED.test(scopeOf(call.node).text)) return false;
  const atoms = terms.flatMap((t) => atomsOf(t));
  if (!fromCallerOrInput(atoms, call.node, ctx)) return false;
  return functionPdg(call.node, ctx) !== null && !guardedByComparison(call.node, atoms, ctx);
}

export const cNarrowSumAllocation = callRule({
  id: 'c-narrow-sum-allocation',
  cwe: 'CWE-190',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message:
    'The allocation size adds 32-bit lengths from a caller or input without an overflow check; the sum can wrap to a small size.',
  fix: 'Compute the size in size_t from size_t operands, or reject lengths whose sum exceeds the limit (a > UINT32_MAX - b) first.',
  callee: { c: /^(malloc|realloc|alloca)$/, cpp: /^(std::)?(malloc|realloc|alloca)$/ },
  when: narrowSumAllocation,
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe190NarrowSum: readonly Rule[] = [cNarrowSumAllocation];
