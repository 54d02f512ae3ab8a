// Whole-file tests ("does the file configure X anywhere?") answered once per analysis and pattern.
// Rules asked them per matching call, so a file with many such calls was scanned once per call: quadratic.
import type { RuleContext } from './RuleContext';

/** `pattern.test(ctx.code)`, memoised in the analysis; a global or sticky pattern (stateful) is tested each time. */
export function codeMentions(ctx: RuleContext, pattern: RegExp): boolean {
  if (pattern.global || pattern.sticky) return pattern.test(ctx.code);
  // Keyed by source and flags: a regular-expression literal is a new object on every evaluation.
  const key = `codeMentions:${pattern.flags}:${pattern.source}`;
  let found = ctx.memo.get(key) as boolean | undefined;
  if (found === undefined) {
    found = pattern.test(ctx.code);
    ctx.memo.set(key, found);
  }
  return found;
}
