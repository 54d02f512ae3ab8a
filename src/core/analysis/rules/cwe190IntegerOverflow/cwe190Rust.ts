// CWE-190 integer overflow or wraparound (Rust rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';

const SIZE_NAME = /size|len|total|bytes|count|cap|alloc|offset/i;

export const rustWrappingSize = callRule({
  id: 'rust-wrapping-size',
  cwe: 'CWE-190',
  severity: 'warning',
  languages: ['rust'],
  message: 'A size is computed with wrapping arithmetic, so large inputs wrap to a small value silently.',
  fix: 'Use checked_mul/checked_add and reject overflow (or saturating_* with a limit), then validate the size.',
  callee: { rust: /\.wrapping_(mul|add|shl|pow)$/ },
  when: (call) => {
    let holder: SyntaxNode | null = call.node.parent;
    while (
      holder &&
      holder.type !== 'let_declaration' &&
      holder.type !== 'assignment_expression' &&
      !/_item$|block$/.test(holder.type)
    )
      holder = holder.parent;
    const target = holder?.childForFieldName('pattern') ?? holder?.childForFieldName('left');
    return !!target && SIZE_NAME.test(target.text) && !/hash|seed|checksum|crc/i.test(target.text);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe190Rust: readonly Rule[] = [rustWrappingSize];
