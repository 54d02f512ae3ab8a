// Checks and escapers written as small helpers of the same file (`if (!isSafeName(x)) return`, `e($title)`): real
// fixes often wrap the guard in a function. A helper counts by what its body does, not by its name: a validator
// when a value it returns (or an early `return false` it takes) tests a parameter with a guard shape; a sanitiser
// when every value it returns is sanitised for the class, is a constant, or is checked on the way to its `return`
// (`if !strings.HasPrefix(full, base) { return "", err }; return full, nil`: the guard-then-return helpers real
// fixes wrap a path or URL check in). The helpers' names then extend the language's shapes for this analysis
// (guardedSink.ts), memoised once per class.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import type { GuardClass, LanguageGuards } from './guardShapes';
import { validates } from './guardCondition';
import { functionParameters } from './functionParameters';
import { sanitisedValue } from './sanitisedValue';
import { isConstant } from './stringShape';
import { FUNCTION_TYPES, namedChildren, scopeOf, walk } from './walk';

interface Helper {
  name: string;
  fn: SyntaxNode;
  params: string[];
  /** The values it returns: `return` expressions, or an arrow function's expression body. */
  returns: SyntaxNode[];
}

/** The function's name: its own, or the variable an arrow function or function expression is bound to. */
function helperName(fn: SyntaxNode): string | null {
  const own = fn.childForFieldName('name');
  if (own) return own.text;
  const holder = fn.parent;
  if (holder?.type === 'variable_declarator' && holder.childForFieldName('value')?.startIndex === fn.startIndex)
    return holder.childForFieldName('name')?.text ?? null;
  return null;
}

function returnsOf(fn: SyntaxNode): SyntaxNode[] {
  const body = fn.childForFieldName('body');
  if (!body) return [];
  if (fn.type === 'arrow_function' && body.type !== 'statement_block') return [body];
  const out: SyntaxNode[] = [];
  // Rust returns the block's final expression (`fn ok(s: &str) -> bool { s.starts_with('/') }`).
  const tail = fn.type === 'function_item' ? namedChildren(body).at(-1) : undefined;
  if (tail && !/statement|declaration|item|comment/.test(tail.type)) out.push(tail);
  for (const n of walk(body, (k) => k !== body && FUNCTION_TYPES.has(k.type)))
    if (n.type === 'return_statement') {
      const value = namedChildren(n)[0];
      if (value) out.push(value.type === 'expression_list' ? (namedChildren(value)[0] ?? value) : value);
    }
  return out;
}

/** The file's named functions with at least one parameter, found once per analysis. */
function helpers(ctx: RuleContext): Helper[] {
  const key = 'localHelpers';
  let found = ctx.memo.get(key) as Helper[] | undefined;
  if (found) return found;
  found = [];
  for (const n of walk(ctx.root)) {
    if (!FUNCTION_TYPES.has(n.type)) continue;
    const name = helperName(n);
    const params = functionParameters(n).map((p) => p.name);
    if (name && params.length > 0) found.push({ name, fn: n, params, returns: returnsOf(n) });
  }
  ctx.memo.set(key, found);
  return found;
}

/**
 * How often each identifier-like word occurs in the file, counted once per analysis. A helper whose name occurs
 * only where it is defined is called nowhere in the file, so whether it validates or sanitises cannot change a
 * finding here, and reading its body (a guardedSink pass per returned value) is skipped.
 */
function wordCounts(ctx: RuleContext): Map<string, number> {
  const key = 'localHelpers:words';
  let counts = ctx.memo.get(key) as Map<string, number> | undefined;
  if (counts) return counts;
  counts = new Map();
  for (const [word] of ctx.code.matchAll(/[A-Za-z_$][\w$]*/g)) counts.set(word, (counts.get(word) ?? 0) + 1);
  ctx.memo.set(key, counts);
  return counts;
}

const FALSE = /^(false|False|nil|null|None|0)$/;
const ESCAPED = /[&<]/;

/**
 * A chain of replacements whose patterns cover both `<` and `&` (`.replace(/[&<>"']/g, ...)`, or one call per
 * character, or PHP `str_replace(['&', '<'], ...)`): a hand-written HTML escaper.
 */
function escapingReplace(value: SyntaxNode, ctx: RuleContext): boolean {
  const patterns: string[] = [];
  for (const n of walk(value)) {
    if (n.type !== 'call_expression' && n.type !== 'function_call_expression') continue;
    const call = ctx.callAt(n);
    if (/^(replace|replaceAll|str_replace|strtr|Replace|ReplaceAll)$/.test(call.last) && call.args[0])
      patterns.push(call.args[0].text);
  }
  const joined = patterns.join(' ');
  return ESCAPED.test(joined) && joined.includes('<') && joined.includes('&');
}

/** Does the helper test parameter `i`? A returned check of it, or an early `return false` when a check fails. */
function validatesParameter(h: Helper, shapes: LanguageGuards, cls: GuardClass, ctx: RuleContext): number {
  const base = { shapes, cls, ctx, before: h.fn.text };
  return h.params.findIndex((p) => {
    const q = { ...base, names: new Set([p]) };
    if (h.returns.some((r) => validates(r, q, 'holds') === 'shape')) return true;
    for (const n of walk(h.fn)) {
      if (n.type !== 'if_statement') continue;
      const cond = n.childForFieldName('condition');
      const then = n.childForFieldName('consequence') ?? n.childForFieldName('body');
      const bail = then !== null && /\breturn\s+(false|False|nil|null|None)\b|\b(throw|raise)\b/.test(then.text);
      if (cond && bail && validates(cond, q, 'fails') === 'shape' && scopeOf(n).startIndex === h.fn.startIndex)
        return true;
    }
    return false;
  });
}

/**
 * The receiver names of the file's Go methods (`s` in `func (s *Store) pathFor(...)`): `s.pathFor(x)` calls the
 * helper, where another qualifier (`filepath.Clean`) names a package.
 */
export function methodReceivers(ctx: RuleContext): string[] {
  const key = 'localHelpers:receivers';
  let found = ctx.memo.get(key) as string[] | undefined;
  if (found) return found;
  const names = new Set<string>();
  if (ctx.language === 'go')
    for (const n of walk(ctx.root)) {
      const receiver = n.type === 'method_declaration' ? n.childForFieldName('receiver') : null;
      const name = receiver ? namedChildren(receiver)[0]?.childForFieldName('name')?.text : undefined;
      if (name) names.add(name);
    }
  found = [...names];
  ctx.memo.set(key, found);
  return found;
}

/**
 * Does the helper hand back parameter `i` only past checks whose failing branch returns a safe fallback instead
 * (`if urlparse(t).netloc: return url_for("index")` ... `return t`)? Such a helper is a sanitiser when used as a value.
 */
function clampsParameter(
  h: Helper,
  shapes: LanguageGuards,
  cls: GuardClass,
  safe: (r: SyntaxNode) => boolean,
  ctx: RuleContext,
): number {
  const base = { shapes, cls, ctx, before: h.fn.text };
  return h.params.findIndex((p) => {
    const q = { ...base, names: new Set([p]) };
    return [...walk(h.fn)].some((n) => {
      if (n.type !== 'if_statement' || scopeOf(n).startIndex !== h.fn.startIndex) return false;
      const cond = n.childForFieldName('condition');
      const then = n.childForFieldName('consequence');
      const fallback = then ? [...walk(then)].filter((k) => k.type === 'return_statement') : [];
      const value = fallback.length === 1 ? namedChildren(fallback[0]!)[0] : undefined;
      return cond !== null && value !== undefined && safe(value) && validates(cond, q, 'fails') === 'shape';
    });
  });
}

export interface LocalShapes {
  /** Helpers of the file that validate a parameter: name and the position of the checked argument. */
  validators: Map<string, number>;
  /** Helpers of the file that return only sanitised values. */
  sanitisers: Set<string>;
}

/**
 * The helpers of the file that validate or sanitise for `cls`, given the language's own shapes. `checked` asks
 * whether a returned value is guarded where it is returned (guardedSink, with this class's shapes).
 */
export function localShapes(
  shapes: LanguageGuards,
  cls: GuardClass,
  sanitiser: RegExp,
  ctx: RuleContext,
  checked: (value: SyntaxNode, params: readonly string[]) => boolean = () => false,
): LocalShapes {
  const key = `localShapes:${cls}`;
  const cached = ctx.memo.get(key) as LocalShapes | undefined;
  if (cached) return cached;
  const result: LocalShapes = { validators: new Map(), sanitisers: new Set() };
  ctx.memo.set(key, result);
  const words = wordCounts(ctx);
  for (const h of helpers(ctx)) {
    if ((words.get(h.name) ?? 0) < 2) continue;
    const at = validatesParameter(h, shapes, cls, ctx);
    if (at >= 0) result.validators.set(h.name, at);
    const values = h.returns.filter((r) => !FALSE.test(r.text));
    const escapes = (r: SyntaxNode): boolean =>
      sanitisedValue(r, sanitiser, ctx) || (cls === 'markup' && escapingReplace(r, ctx));
    const callerData = h.params.filter((p) => !/^(self|cls|this)$/.test(p));
    const safe = (r: SyntaxNode): boolean => isConstant(r) || escapes(r) || checked(r, callerData);
    const open = values.filter((r) => !isConstant(r));
    if (open.length > 0 && (values.every(escapes) || values.every(safe))) result.sanitisers.add(h.name);
    else if (values.length > 0) {
      // A clamp returns the checked parameter itself or a sanitised fallback, never anything else.
      const fallback = (r: SyntaxNode): boolean => escapes(r) || isConstant(r);
      const kept = clampsParameter(h, shapes, cls, fallback, ctx);
      if (kept >= 0 && values.every((r) => fallback(r) || r.text === h.params[kept])) result.sanitisers.add(h.name);
    }
  }
  return result;
}
