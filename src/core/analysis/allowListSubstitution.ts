// `SLUG_RE.sub("-", text)` with `SLUG_RE = re.compile(r"[^a-z0-9]+")`, `re.sub(r"[^\w-]", "_", name)`: a regex
// replace of every character outside a small allowed set leaves only letters, digits, `_` and `-` (and the
// replacement's own such characters), so no separator, dot, line break or markup survives: clean for every rule.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';

/** A negated character class of word characters only: `[^a-z0-9]+`, `[^\w-]`, `[^A-Za-z0-9_.]` is not (a dot). */
const NEGATED_WORD_CLASS = /^[rbu]*(['"])\[\^(?:[a-zA-Z0-9_-]|\\w|\\d)+\][+*]?\1$/;
/** A replacement of word characters only (or nothing). */
const WORD_REPLACEMENT = /^[rbu]*(['"])[a-zA-Z0-9_-]*\1$/;

/** The pattern literal a module constant is compiled from (`NAME = re.compile(r"...")`), read once per name. */
function compiledPattern(name: string, ctx: RuleContext): string | undefined {
  const key = `allowListSubstitution:${name}`;
  if (ctx.memo.has(key)) return ctx.memo.get(key) as string | undefined;
  const m = new RegExp(`^${name}\\s*=\\s*re\\.compile\\(\\s*([rbu]*(['"])[^'"\\n]*\\2)`, 'm').exec(ctx.code);
  ctx.memo.set(key, m?.[1]);
  return m?.[1];
}

/** The call replaces every character outside a word-character allow-list with word characters or nothing. */
export function allowListSubstitution(call: SyntaxNode, ctx: RuleContext): boolean {
  if (ctx.language !== 'python' || call.type !== 'call') return false;
  const { name, args } = ctx.callAt(call);
  const compiled = /^([A-Z][A-Z0-9_]*)\.sub$/.exec(name)?.[1];
  const pattern = name === 're.sub' ? args[0]?.text : compiled ? compiledPattern(compiled, ctx) : undefined;
  const replacement = name === 're.sub' ? args[1] : args[0];
  return (
    pattern !== undefined &&
    NEGATED_WORD_CLASS.test(pattern) &&
    replacement?.type === 'string' &&
    WORD_REPLACEMENT.test(replacement.text)
  );
}
