// CWE-762 mismatched memory management routines (C++): a block is released by a routine of another family than the
// one that allocated it: `new[]` then `delete`, `new` then `free`, `malloc` then `delete[]`. The allocation is the
// pointer's last value before the release in the same function, or, for a class member released in a destructor,
// every value the file gives the member (its constructor's initialiser list and assignments; a constructor
// parameter is followed to the objects this file constructs). Unknown origins (a parameter of the function, a
// factory call) say nothing, so only a known mismatch is reported.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { lastValueBefore } from '../ruleParts/cLastValue';
import { FUNCTION_TYPES, ancestor, walk } from '../walk';

type Family = 'malloc' | 'new' | 'new[]';

const C_ALLOCATORS = /^(std::)?(malloc|calloc|realloc|strdup|strndup)$/;

/**
 * The allocation family of a value, looking through casts (C-style and `static_cast<T *>(...)`). `code` is the
 * file's text: tree-sitter reads an array of pointers, `new char *[n]`, as `new char` followed by a parse error,
 * so the text after the expression tells `new[]` apart.
 */
function familyOf(value: SyntaxNode, code: string): Family | null {
  let v = value;
  for (;;) {
    if (v.type === 'parenthesized_expression' || v.type === 'cast_expression')
      v = v.childForFieldName('value') ?? v.namedChildren.at(-1) ?? v;
    else if (v.type === 'call_expression' && /_cast\s*</.test(v.childForFieldName('function')?.text ?? ''))
      v = v.childForFieldName('arguments')?.namedChildren[0] ?? v;
    else break;
  }
  if (v.type === 'new_expression')
    return v.childForFieldName('declarator')?.type === 'new_declarator' || /^\s*\*[\s*]*\[/.test(code.slice(v.endIndex))
      ? 'new[]'
      : 'new';
  if (v.type === 'call_expression' && C_ALLOCATORS.test(v.childForFieldName('function')?.text ?? '')) return 'malloc';
  return null;
}

/** Families of the values a local pointer `name` holds at `at`, or null when its last value is of unknown origin. */
function localFamilies(name: string, at: SyntaxNode, ctx: RuleContext): Family[] | null {
  const value = lastValueBefore(name, at, ctx);
  const family = value ? familyOf(value, ctx.code) : null;
  return family ? [family] : null;
}

/** Argument texts of the objects of class `cls` constructed in the file (`Cls x(a, b);`, `new Cls(a, b)`). */
function constructionArguments(root: SyntaxNode, cls: string): { args: string[]; at: SyntaxNode }[] {
  const out: { args: string[]; at: SyntaxNode }[] = [];
  const shape = new RegExp(`^(?:${cls}\\s+\\w+\\s*|new\\s+${cls}\\s*)\\(([^;]*)\\)\\s*;?$`);
  for (const n of walk(root)) {
    if (n.type !== 'declaration' && n.type !== 'new_expression') continue;
    const text = n.type === 'declaration' ? n.text : n.text;
    const m = shape.exec(text.trim());
    if (m?.[1] !== undefined) out.push({ args: m[1].split(',').map((a) => a.trim()), at: n });
  }
  return out;
}

/** Families of every value the file gives member `member` of the class around `at`, or null if one is unknown. */
function memberFamilies(member: string, at: SyntaxNode, ctx: RuleContext): Family[] | null {
  const cls = ancestor(at, new Set(['class_specifier', 'struct_specifier']))?.childForFieldName('name')?.text;
  if (!cls) return null;
  let root = at;
  while (root.parent) root = root.parent;
  const families: Family[] = [];
  for (const n of walk(root)) {
    let value: SyntaxNode | null | undefined = null;
    if (n.type === 'field_initializer' && n.namedChildren[0]?.text === member)
      value = n.childForFieldName('arguments')?.namedChildren[0] ?? n.namedChildren[1]?.namedChildren[0];
    else if (n.type === 'assignment_expression' && n.childForFieldName('left')?.text.replace(/^this->/, '') === member)
      value = n.childForFieldName('right');
    if (!value) continue;
    const family = familyOf(value, ctx.code);
    if (family) {
      families.push(family);
      continue;
    }
    // A constructor parameter: the family of what the file's constructions pass in its position.
    const ctor = ancestor(n, FUNCTION_TYPES);
    const params = ctor?.childForFieldName('declarator')?.childForFieldName('parameters')?.namedChildren ?? [];
    const position = params.findIndex((p) => p?.text.match(/(\w+)\s*$/)?.[1] === value?.text);
    if (position < 0) return null;
    const built = constructionArguments(root, cls);
    if (built.length === 0) return null;
    for (const b of built) {
      const arg = b.args[position];
      const found = arg && /^\w+$/.test(arg) ? localFamilies(arg, b.at, ctx) : null;
      if (!found) return null;
      families.push(...found);
    }
  }
  return families.length ? families : null;
}

/** True when every known allocation of `target` at `at` is of another family than `release`. */
function mismatched(target: SyntaxNode | null | undefined, release: Family, at: SyntaxNode, ctx: RuleContext): boolean {
  if (!target) return false;
  const name = target.text.replace(/^this->/, '');
  if (!/^\w+$/.test(name)) return false;
  const local = target.type === 'identifier' ? localFamilies(name, at, ctx) : null;
  const families =
    local ??
    (target.type === 'field_identifier' || target.type === 'field_expression' || target.type === 'identifier'
      ? memberFamilies(name, at, ctx)
      : null);
  return !!families && families.every((f) => f !== release);
}

const meta = {
  cwe: 'CWE-762',
  severity: 'error' as const,
  languages: ['cpp'] as 'cpp'[],
  message:
    'The block is released with a routine of another family than the one that allocated it (new[] needs delete[], new needs delete, malloc needs free).',
  fix: 'Release with the matching routine, or hold the block in std::unique_ptr<T[]> / std::vector so no manual release is needed.',
};

export const cppMismatchedDelete: QueryRule = {
  id: 'cpp-mismatched-delete',
  ...meta,
  kind: 'query',
  query: { cpp: '(delete_expression) @hit' },
  predicate: ({ hit }, ctx) => {
    if (!hit) return false;
    const target = hit.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment').at(-1);
    return mismatched(target, /^delete\s*\[\s*\]/.test(hit.text) ? 'new[]' : 'new', hit, ctx);
  },
};

export const cppFreeOfNew = callRule({
  id: 'cpp-free-of-new',
  ...meta,
  callee: { cpp: /^(std::|::)?free$/ },
  when: (call, ctx) => mismatched(call.args[0], 'malloc', call.node, ctx),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe762MismatchedRelease: readonly Rule[] = [cppMismatchedDelete, cppFreeOfNew];
