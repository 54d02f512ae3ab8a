// CWE-190 integer overflow or wraparound (Web rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import { scopeOf } from '../../walk';
import { escapeRe, operands } from '../../ruleParts/sizeOperands';

const meta = { cwe: 'CWE-190', severity: 'warning' as const };

export const goNarrowProduct: QueryRule = {
  ...meta,
  id: 'go-narrow-product',
  languages: ['go'],
  kind: 'query',
  query: {
    go: '(short_var_declaration left: (expression_list (identifier) @name) right: (expression_list (binary_expression operator: "*") @value)) @hit',
  },
  message: 'A size is multiplied in a 32-bit (or smaller) integer type, so large inputs wrap past the limit check.',
  fix: 'Convert to int64/uint64 before multiplying and compare against the limit.',
  predicate: ({ value }, ctx) => {
    if (!value) return false;
    const body = scopeOf(value).text;
    const names = operands(value, '*')
      .filter((o) => o.type === 'identifier')
      .map((o) => escapeRe(o.text));
    return (
      names.length >= 2 &&
      names.some((n) => new RegExp(`\\b${n}\\s*:?=\\s*u?int(8|16|32)\\(`).test(body)) &&
      ctx.language === 'go'
    );
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe190Web: readonly Rule[] = [goNarrowProduct];
