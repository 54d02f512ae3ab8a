// CWE-190 integer overflow or wraparound (Cpp rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import { scopeOf } from '../../walk';
import { escapeRegExp } from '../../ruleParts/textPatterns';

export const cppWrappedArrayCount: QueryRule = {
  id: 'cpp-wrapped-new-array-count',
  cwe: 'CWE-190',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(declaration type: (_) @type declarator: (init_declarator declarator: (identifier) @name value: (binary_expression left: (identifier) @term) @value)) @hit',
  },
  message: 'A 32-bit element count computed from a caller value can wrap before it sizes new[].',
  fix: 'Reject values that would wrap (n >= UINT32_MAX, n > SIZE_MAX / size) or compute in size_t with a limit check.',
  predicate: ({ type, name, term, value, hit }) => {
    if (!type || !name || !term || !value || !hit) return false;
    if (!/^(std::)?(u?int(8|16|32)_t|unsigned(\s+int)?|int|unsigned\s+short|short)$/.test(type.text.trim()))
      return false;
    if (!/^[+*]$/.test(value.childForFieldName('operator')?.text ?? '')) return false;
    const fn = scopeOf(hit);
    const t = escapeRegExp(term.text);
    const params = fn.childForFieldName('declarator')?.text ?? '';
    if (!new RegExp(`\\b${t}\\s*[,)]`).test(params)) return false;
    const after = fn.text.slice(hit.endIndex - fn.startIndex);
    return (
      new RegExp(`\\bnew\\s+[\\w:<>]+\\s*\\[\\s*${escapeRegExp(name.text)}\\s*\\]`).test(after) &&
      !new RegExp(`\\b${t}\\s*(>|>=)|_MAX\\b`).test(fn.text)
    );
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe190Cpp: readonly Rule[] = [cppWrappedArrayCount];
