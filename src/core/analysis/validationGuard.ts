// Allowlist and character checks a value passes before it reaches a sink. Many fixes leave the sink as it was
// and put a test in front of it (a regex match, a set look-up, a CR/LF scan) that returns, skips or replaces the
// value on failure; a rule that looks only at the sink would keep flagging them.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode, type CallInfo } from './callInfo';
import { contains, scopeOf, walk } from './walk';

/**
 * Calls that test a value against a pattern, a set of allowed values or forbidden characters (last name segment),
 * with C++'s character scans: `std::all_of(s.begin(), s.end(), ok)`, `s.find_first_not_of(allowed)`.
 */
const VALIDATORS =
  /^(IsMatch|MatchString|Match|match|fullmatch|matches|test|ContainsAny|ContainsRune|IndexAny|strpbrk|strspn|strcspn|contains|Contains|ContainsKey|containsKey|includes|has|in_array|preg_match|regexec|regex_match|regex_search|all_of|any_of|none_of|find_if|find_if_not|find_first_of|find_first_not_of|is_?[Vv]alid\w*|[Vv]alid\w*)$/;
const IF_TYPES: ReadonlySet<string> = new Set(['if_statement', 'if_expression']);
/** Variables only: members (`r.URL`) and ALL_CAPS constants (the allowlist itself) say nothing about the value. */
const VARIABLE_TYPES: ReadonlySet<string> = new Set(['identifier', 'variable_name']);
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;
/** The failing branch leaves the function, skips the iteration or aborts the request. */
export const EXITS = /\b(return|continue|break|throw|raise|goto|exit|abort|panic|die)\b|http\.Error|sendError/;

/** strchr(v, '\n'), strcspn(v, "\r\n"), v.indexOf("\r"): a search for a line break, whatever the function. */
function scansLineBreak(call: CallInfo): boolean {
  return call.args.some((a) => /^['"`].*\\[rn]/.test(a.text));
}

function mentions(node: SyntaxNode, names: ReadonlySet<string>): boolean {
  for (const n of walk(node)) if (VARIABLE_TYPES.has(n.type) && names.has(n.text)) return true;
  return false;
}

/** The condition runs a validator over one of the names, or a Python membership test (`x in ALLOWED`, `"\n" in x`). */
export function validates(cond: SyntaxNode, names: ReadonlySet<string>, ctx: RuleContext): boolean {
  for (const n of walk(cond)) {
    if (isCallNode(n)) {
      const call = ctx.callAt(n);
      if ((VALIDATORS.test(call.last) || scansLineBreak(call)) && mentions(n, names)) return true;
    }
    if (
      n.type === 'comparison_operator' &&
      n.children.some((c) => c !== null && !c.isNamed && /^(in|not in)$/.test(c.type)) &&
      mentions(n, names)
    )
      return true;
  }
  return false;
}

/** Variables the values depend on: their own, and those of the local assignments that built them (one hop). */
function namesOf(values: readonly SyntaxNode[], ctx: RuleContext): Set<string> {
  const names = new Set<string>();
  let frontier = values;
  for (let hop = 0; hop < 2 && frontier.length; hop += 1) {
    const added: string[] = [];
    for (const v of frontier)
      for (const n of walk(v))
        if (VARIABLE_TYPES.has(n.type) && !CONSTANT_NAME.test(n.text) && !names.has(n.text)) {
          names.add(n.text);
          added.push(n.text);
        }
    const scope = values[0] ? scopeOf(values[0]) : null;
    frontier = scope
      ? ctx
          .assignments(scope)
          .filter((a) => a.names.some((n) => added.includes(n)))
          .map((a) => a.value)
      : [];
  }
  return names;
}

/**
 * True when an `if` before the sink in its function validates one of the values and acts on it: the sink sits in
 * one of its branches, or a branch exits or overwrites the value (`lang = "en"`). Which branch is the failing one
 * (`!valid(x)` or `strspn(x, ok) != strlen(x)`) is not decided: either form is taken as the check the fix added.
 */
export function checkedBeforeUse(sink: SyntaxNode, values: readonly SyntaxNode[], ctx: RuleContext): boolean {
  const names = namesOf(values, ctx);
  if (names.size === 0) return false;
  const overwrites = (branch: SyntaxNode): boolean =>
    [...names].some((n) => new RegExp(`(^|[^\\w.>])${n.replace(/\$/g, '\\$')}\\s*=[^=]`).test(branch.text));
  for (const stmt of walk(scopeOf(sink))) {
    if (!IF_TYPES.has(stmt.type) || stmt.startIndex >= sink.startIndex) continue;
    const cond = stmt.childForFieldName('condition');
    if (!cond || !validates(cond, names, ctx)) continue;
    if (contains(stmt, sink)) return true;
    const branches = [stmt.childForFieldName('consequence'), stmt.childForFieldName('alternative')].filter(
      (b): b is SyntaxNode => b !== null,
    );
    if (branches.some((b) => EXITS.test(b.text) || overwrites(b))) return true;
  }
  return false;
}

/** The buffer a value names: `buf` for `buf`, `&buf`, `*buf`, `(buf)`. */
function bufferRoot(text: string): string | undefined {
  return /^[&*(\s]*(\w+)/.exec(text)?.[1];
}

/**
 * A call earlier in the sink's function that `acts` on the buffer the value names (which arguments count is the
 * caller's choice): the shared shape of "was this buffer cut, escaped or scanned before it reached the sink".
 */
export function calledOnBufferBefore(
  sink: SyntaxNode,
  value: SyntaxNode,
  ctx: RuleContext,
  acts: (call: CallInfo, isBuffer: (arg: SyntaxNode | undefined) => boolean) => boolean,
): boolean {
  const root = bufferRoot(value.text);
  if (root === undefined) return false;
  const isBuffer = (arg: SyntaxNode | undefined) => bufferRoot(arg?.text ?? '') === root;
  return ctx.callsIn(scopeOf(sink)).some((c) => c.node.startIndex < sink.startIndex && acts(c, isBuffer));
}

/** A value's buffer was searched for a line break before the sink (`line[strcspn(line, "\r\n")] = 0` cuts it there). */
export function lineBreakCutBefore(sink: SyntaxNode, value: SyntaxNode, ctx: RuleContext): boolean {
  return calledOnBufferBefore(sink, value, ctx, (c, isBuffer) => scansLineBreak(c) && isBuffer(c.args[0]));
}
