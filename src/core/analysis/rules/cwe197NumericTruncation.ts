// CWE-197 numeric truncation: an int read from input is cast to a narrower integer with no range check, so its
// high bits are silently dropped.
import type { QueryRule, Rule } from '../Rule';
import { uncheckedInputCast } from '../ruleParts/cInputArithmetic';

// Casts to char are left out: `(char) c` after a getc-style read is the idiomatic byte conversion.
const NARROW = /^(signed |unsigned )?(short|short int)$|^u?int(8|16)_t$/;
const WIDE = /^(signed |unsigned )?(int|long|long long|long int)$|^u?int(32|64)_t$|^s?size_t$/;

export const cInputTruncatingCast: QueryRule = {
  id: 'c-input-truncating-cast',
  cwe: 'CWE-197',
  severity: 'warning',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: { c: '(cast_expression) @hit', cpp: '(cast_expression) @hit' },
  message:
    'An integer read from input is cast to a narrower type with no range check: values out of its range are truncated.',
  fix: "Check the value against the narrow type's limits (SHRT_MIN..SHRT_MAX, 0..UCHAR_MAX) before converting, and reject the rest.",
  predicate: ({ hit }, ctx) => !!hit && uncheckedInputCast(hit, NARROW, WIDE, ctx),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe197NumericTruncation: readonly Rule[] = [cInputTruncatingCast];
