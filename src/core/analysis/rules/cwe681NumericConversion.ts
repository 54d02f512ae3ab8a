// CWE-681 incorrect conversion between numeric types: the analyser rules for this weakness, in registry order.
import type { RuleContext } from '../RuleContext';
import type { QueryRule, Rule } from '../Rule';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { isRustInputNumber } from '../ruleParts/rustParameters';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callRule } from '../callRule';
import { C } from '../ruleParts/cIndexAccess';
import { declarationsOf } from '../cDeclarations';
import { scopeOf, walk } from '../walk';
import type { CallInfo } from '../callInfo';
import { guardedByComparison } from '../pdgGuard';
import { uncheckedInputCast } from '../ruleParts/cInputArithmetic';

/** Integer types narrower than (or signed unlike) size_t on the usual 64-bit targets. */
const NARROW =
  /^(?:(?:signed\s+|unsigned\s+)?(?:short|char|int)(?:\s+int)?|unsigned|signed|(?:std::)?u?int(?:8|16|32)_t|u8|u16|u32|s16|s32|WORD|DWORD|USHORT|UINT)$/;
/** Types whose values a narrow integer cannot hold. */
const WIDE =
  /^(?:size_t|std::size_t|ssize_t|off_t|ptrdiff_t|long|long\s+int|long\s+long|unsigned\s+long(?:\s+long)?|(?:std::)?u?int64_t|uintmax_t|double|float|long\s+double)$/;
/** Calls that return a length, offset or number in a wide type. */
const WIDE_CALL =
  /^(?:std::)?(?:strlen|wcslen|strnlen|ftell|ftello|lseek|strtol|strtoul|strtoll|strtoull|atol|atoll|strtod|atof)$|\.(?:size|length|tellg|count|find|rfind|find_first_of|find_last_of|find_first_not_of)$/;

/** Size arguments (0-based) of allocation and copy calls. */
const SIZE_ARGS: Record<string, number[]> = {
  malloc: [0],
  alloca: [0],
  calloc: [0, 1],
  realloc: [1],
  memcpy: [2],
  memmove: [2],
  memset: [2],
  strncpy: [2],
  strncat: [2],
  snprintf: [1],
  read: [2],
  recv: [2],
  fread: [1, 2],
};

function typeText(type: string): string {
  return type
    .replace(/\b(const|volatile|register|static)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `value` is wider than the variable it is stored in: a wide call, a wide variable or a cast from one. */
function isWideValue(value: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  let v = value;
  while (v.type === 'parenthesized_expression' || v.type === 'cast_expression')
    v = v.childForFieldName('value') ?? v.namedChildren.at(-1) ?? v;
  if (v.type === 'sizeof_expression') return true;
  if (v.type === 'call_expression') {
    const name = (v.childForFieldName('function')?.text ?? '').replace(/\s+/g, '').replace(/->/g, '.');
    // strlen of a literal or a macro constant has a length fixed at build time.
    const first = v.childForFieldName('arguments')?.namedChildren[0];
    if (first && /^(string_literal|concatenated_string)$/.test(first.type)) return false;
    if (first?.type === 'identifier' && /^[A-Z][A-Z0-9_]*$/.test(first.text)) return false;
    return WIDE_CALL.test(name);
  }
  if (v.type === 'identifier') {
    const decl = declarationsOf(at, ctx).find((d) => d.name === v.text && !d.indirect);
    return decl !== undefined && WIDE.test(typeText(decl.type));
  }
  if (v.type === 'binary_expression') {
    const l = v.childForFieldName('left');
    const r = v.childForFieldName('right');
    return (l !== null && isWideValue(l, at, ctx)) || (r !== null && isWideValue(r, at, ctx));
  }
  return false;
}

/** The wide value a narrow local or parameter `name` was given before `use` in the function, or null. */
function narrowedFromWide(name: string, use: SyntaxNode, ctx: RuleContext): SyntaxNode | null {
  const decl = declarationsOf(use, ctx).find((d) => d.name === name && !d.indirect);
  if (!decl || !NARROW.test(typeText(decl.type))) return null;
  for (const n of walk(scopeOf(use))) {
    if (n.startIndex >= use.startIndex) break;
    let value: SyntaxNode | null = null;
    if (n.type === 'init_declarator' && n.childForFieldName('declarator')?.text === name)
      value = n.childForFieldName('value');
    if (n.type === 'assignment_expression' && n.childForFieldName('left')?.text === name)
      value = n.childForFieldName('operator')?.text === '=' ? n.childForFieldName('right') : null;
    if (value && isWideValue(value, use, ctx)) return value;
  }
  return null;
}

/** Lengths of data already in memory (strlen, .size(), sizeof): truncating them needs a string of over 2 GB. */
const MEASURED = /\b(strlen|wcslen|strnlen|sizeof)\b|\.(size|length)\s*\(/;

/** The narrowed names of the size arguments, each with the wide value it was given. */
function narrowedSizes(call: CallInfo, ctx: RuleContext): { name: string; value: SyntaxNode }[] {
  const found: { name: string; value: SyntaxNode }[] = [];
  for (const i of SIZE_ARGS[call.name.replace(/^(::|std::)/, '')] ?? []) {
    const arg = call.args[i];
    if (!arg) continue;
    // A name subtracted from the size (`sizeof buf - pos`) shrinks it; only names that make it grow count.
    const subtracted = (n: SyntaxNode): boolean =>
      n.type === 'binary_expression' &&
      n.childForFieldName('operator')?.text === '-' &&
      n.childForFieldName('right') !== null;
    for (const n of walk(
      arg,
      (m) => subtracted(m.parent ?? m) && m.parent?.childForFieldName('right')?.startIndex === m.startIndex,
    )) {
      const value = n.type === 'identifier' ? narrowedFromWide(n.text, call.node, ctx) : null;
      if (value) found.push({ name: n.text, value });
    }
  }
  return found;
}

export const cNarrowedSizeArgument = callRule({
  id: 'c-narrowed-size-argument',
  cwe: 'CWE-681',
  severity: 'warning',
  languages: [...C],
  message:
    'A length held in a wider type is stored in a narrower integer and then used as an allocation or copy size; large values are truncated or turn negative.',
  fix: 'Keep sizes in size_t from the call that produces them to the allocation, and reject values above your limit before any conversion.',
  callee: {
    c: /^(malloc|alloca|calloc|realloc|memcpy|memmove|memset|strncpy|strncat|snprintf|read|recv|fread)$/,
    cpp: /^(::|std::)?(malloc|alloca|calloc|realloc|memcpy|memmove|memset|strncpy|strncat|snprintf|read|recv|fread)$/,
  },
  // A narrowed size compared with a limit (or clamped) before the call cannot carry a truncated value through.
  when: (call, ctx) => narrowedSizes(call, ctx).some(({ name }) => !guardedByComparison(call.node, [name], ctx)),
  tierOf: (call, ctx) =>
    narrowedSizes(call, ctx).every(({ value }) => MEASURED.test(value.text)) ? 'note' : 'finding',
});

/** Every rule in this file, in the order the registry runs them. */
/** Bits and signedness of a Rust integer type name (`usize`/`isize` taken as 64-bit). */
function rustInt(type: string): { bits: number; signed: boolean } | null {
  const m = /^(i|u)(8|16|32|64|128|size)$/.exec(type.trim());
  return m ? { bits: m[2] === 'size' ? 64 : Number(m[2]), signed: m[1] === 'i' } : null;
}

/** The declared type of each struct field name of the file (`size: u64` in a query struct); names declared twice with
 * different types are left out. Read once per analysis. */
function rustFieldTypes(ctx: RuleContext): Map<string, string | null> {
  const cached = ctx.memo.get('rustFieldTypes') as Map<string, string | null> | undefined;
  if (cached) return cached;
  const types = new Map<string, string | null>();
  for (const n of walk(ctx.root)) {
    if (n.type !== 'field_declaration') continue;
    const name = n.childForFieldName('name')?.text;
    const type = n.childForFieldName('type')?.text ?? null;
    if (name) types.set(name, types.has(name) && types.get(name) !== type ? null : type);
  }
  ctx.memo.set('rustFieldTypes', types);
  return types;
}

/**
 * The integer type a value was read as: `let n: i64 = ..`, `parse::<i64>()`, a parse in the cast itself, or the
 * declared type of a struct field (`q.size` where the query struct says `size: u64`).
 */
function rustSourceType(value: SyntaxNode, ctx: RuleContext): string | null {
  const inline = /parse::<\s*(\w+)\s*>/.exec(value.text)?.[1];
  if (inline) return inline;
  if (value.type === 'field_expression')
    return rustFieldTypes(ctx).get(value.childForFieldName('field')?.text ?? '') ?? null;
  if (value.type !== 'identifier') return null;
  const name = escapeRegExp(value.text);
  const decl = new RegExp(`let\\s+(?:mut\\s+)?${name}\\s*(?::\\s*(\\w+))?\\s*=([^;]*)`).exec(scopeOf(value).text);
  return decl?.[1] ?? /parse::<\s*(\w+)\s*>/.exec(decl?.[2] ?? '')?.[1] ?? null;
}

export const rustLossyInputCast: QueryRule = {
  id: 'rust-lossy-input-cast',
  cwe: 'CWE-681',
  severity: 'warning',
  languages: ['rust'],
  message:
    'A number read from input is converted with `as` to a narrower or differently signed integer, which silently wraps (a negative length becomes huge).',
  fix: 'Convert with usize::try_from(n) / u16::try_from(n) and reject the error, or check the range before casting.',
  kind: 'query',
  // Casts in expressions, and casts inside macro arguments (`vec![0; n as usize]`), which are token trees.
  query: {
    rust: '(type_cast_expression value: (_) @value type: (primitive_type) @type) @hit\n(token_tree (identifier) @value . "as" . (primitive_type) @type @hit)',
  },
  predicate: ({ value, type }, ctx) => {
    if (!value || !type) return false;
    const to = rustInt(type.text);
    const from = rustInt(rustSourceType(value, ctx) ?? '');
    if (!to || !from || !((from.signed && !to.signed) || to.bits < from.bits)) return false;
    return isRustInputNumber(value, ctx) && !/try_from|checked_|clamp|\.min\(/.test(value.text);
  },
};

/** A floating value read from input converted to an integer type with no range test: out-of-range values are undefined. */
export const cInputFloatToInt: QueryRule = {
  id: 'c-input-float-to-int',
  cwe: 'CWE-681',
  severity: 'warning',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: { c: '(cast_expression) @hit', cpp: '(cast_expression) @hit' },
  message:
    'A floating-point value read from input is converted to an integer with no range check; values outside the integer range convert to garbage.',
  fix: "Compare the value with the integer type's limits (INT_MIN..INT_MAX) before converting, and reject the rest.",
  predicate: ({ hit }, ctx) =>
    !!hit &&
    uncheckedInputCast(
      hit,
      /^(signed |unsigned )?(int|short|long|long long|char)$|^u?int(8|16|32|64)_t$|^s?size_t$/,
      /^(float|double|long double)$/,
      ctx,
    ),
};

export const cwe681NumericConversion: readonly Rule[] = [cNarrowedSizeArgument, rustLossyInputCast, cInputFloatToInt];
