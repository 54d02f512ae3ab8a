// CWE-562 return of a stack variable's address: `return buf;` of a local array, `return &x;` of a local, a function
// declared to return a reference that returns a local, or `return s.c_str();` of a local string (also reported as
// CWE-416 by cpp-return-local-c-str: benchmarks label the shape either way). The storage ends with the call.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { declarationsOf } from '../cDeclarations';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { ancestor } from '../walk';

const FUNCTION = new Set(['function_definition']);

/** `name` is a local of `fn` with automatic storage (not static, not a reference or pointer to elsewhere). */
function automaticLocal(name: string, fn: SyntaxNode, at: SyntaxNode, ctx: RuleContext): 'array' | 'value' | null {
  const local = declarationsOf(at, ctx).find((d) => d.name === name && !d.parameter);
  if (!local) return null;
  const n = escapeRegExp(name);
  const body = fn.childForFieldName('body')?.text ?? '';
  const declaration = new RegExp(`(^|[;{}])([^;{}]*[\\s*&])${n}\\s*(\\[[^\\]]*\\])?\\s*[;=({,]`).exec(body);
  if (!declaration || /\b(static|thread_local|extern)\b/.test(declaration[2] ?? '')) return null;
  if (/&\s*$/.test(declaration[2] ?? '')) return null;
  if (declaration[3]) return 'array';
  return local.indirect ? null : 'value';
}

/** The function is declared to return a reference (`T &f()`) or a pointer (`char *f()`); a value return copies. */
const returnsKind = (fn: SyntaxNode, kind: 'reference' | 'pointer'): boolean =>
  fn.childForFieldName('declarator')?.type === `${kind}_declarator`;

export const cReturnLocalAddress: QueryRule = {
  id: 'c-return-local-address',
  cwe: 'CWE-562',
  severity: 'error',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: { c: '(return_statement (_) @value) @hit', cpp: '(return_statement (_) @value) @hit' },
  message: 'The function returns the address of (or a reference to) its own local variable, which ends with the call.',
  fix: 'Return the value itself, a buffer the caller passes in, or memory the caller frees (malloc / std::string).',
  predicate: ({ value, hit }, ctx) => {
    const fn = hit && ancestor(hit, FUNCTION);
    if (!value || !hit || !fn || ancestor(hit, new Set(['lambda_expression']))) return false;
    const text = value.text.trim();
    const bare = /^\w+$/.exec(text)?.[0];
    if (bare) {
      const kind = automaticLocal(bare, fn, hit, ctx);
      if (kind === 'array') return returnsKind(fn, 'pointer');
      return kind === 'value' && ctx.language === 'cpp' && returnsKind(fn, 'reference');
    }
    const addressOf = /^&\s*(\w+)$/.exec(text)?.[1];
    if (addressOf) return returnsKind(fn, 'pointer') && automaticLocal(addressOf, fn, hit, ctx) === 'value';
    const cStr = /^(\w+)\s*\.\s*(c_str|data)\s*\(\s*\)$/.exec(text)?.[1];
    return (
      !!cStr &&
      ctx.language === 'cpp' &&
      returnsKind(fn, 'pointer') &&
      automaticLocal(cStr, fn, hit, ctx) === 'value' &&
      new RegExp(`\\bstd::(w?string|vector<[^>]*>)\\s+${escapeRegExp(cStr)}\\b`).test(fn.text)
    );
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe562ReturnLocalAddress: readonly Rule[] = [cReturnLocalAddress];
