// CWE-843 access of a resource using an incompatible type (type confusion): the analyser rules for this weakness.
import type { QueryRule, Rule } from '../Rule';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { FUNCTION_TYPES, ancestor } from '../walk';

const INTEGER = /^(u|i)(8|16|32|64|128|size)$/;
/** Types every bit pattern of the same size is a valid value of: integers, floats and arrays or tuples of them. */
const ANY_BITS = /^((u|i)(8|16|32|64|128|size)|f32|f64|\[\s*(u|i)\d+\s*;[^\]]*\])$/;

/**
 * `mem::transmute::<u8, Op>(b)`: an integer reinterpreted as an enum, `char` or `bool`, which have invalid bit
 * patterns. Any byte outside the declared discriminants makes a value Rust assumes cannot exist (undefined
 * behaviour; match arms and jump tables then go astray). Not reported when the integer is compared with a bound
 * earlier in the function (the range check that makes the transmute sound).
 */
export const rustTransmuteIntoEnum: QueryRule = {
  id: 'rust-transmute-into-enum',
  cwe: 'CWE-843',
  severity: 'error',
  languages: ['rust'],
  message:
    'An integer is transmuted into a type with invalid bit patterns (an enum, char or bool); an unexpected value is undefined behaviour.',
  fix: 'Convert with a match or TryFrom (return an error for unknown values), char::from_u32, or check the range first.',
  kind: 'query',
  query: {
    rust: '(call_expression function: (generic_function function: (_) @fn type_arguments: (type_arguments . (_) @from . (_) @to)) arguments: (arguments . (_) @value)) @hit',
  },
  predicate: ({ fn, from, to, value, hit }) => {
    if (!fn || !from || !to || !value || !hit || !/(^|::)transmute$/.test(fn.text)) return false;
    if (!INTEGER.test(from.text) || ANY_BITS.test(to.text.trim()) || to.text.startsWith('*')) return false;
    const name = /^[&*\s]*(\w+)$/.exec(value.text)?.[1];
    if (!name) return true;
    const scope = ancestor(hit, FUNCTION_TYPES);
    const before = scope ? scope.text.slice(0, hit.startIndex - scope.startIndex) : '';
    const n = escapeRegExp(name);
    return !new RegExp(`\\b${n}\\s*(<|<=|>|>=)[^=]|(<|<=|>|>=)\\s*${n}\\b|\\b${n}\\s*\\.\\s*(min|clamp)\\s*\\(`).test(
      before,
    );
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe843TypeConfusion: readonly Rule[] = [rustTransmuteIntoEnum];
