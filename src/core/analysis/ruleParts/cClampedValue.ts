// A C local that is clamped wherever it is set (`take = n < room ? n : room;`, `len = MIN(n, cap)`): its value is
// bounded by the comparison in its own assignment, which a guard looking only at conditions does not see.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { enclosingParameterNames } from '../functionParameters';
import { scopeOf } from '../walk';

/** A value clamps itself: `a < b ? a : b`, `MIN(n, cap)`, `std::min(n, cap)`, `std::min<size_t>(n, cap)`, OpenBSD's `minimum(n, cap)`. */
const CLAMP =
  /^\(?\s*([^?;]*(<|>|<=|>=)[^?;]*\?[^:;]+:[^;]+|(MIN|min|std::min|minimum|MINIMUM|min_t|umin)\s*(<[^;()<>]*>\s*)?\([^;]+\))\s*\)?$/s;

/** A length measured with a fixed cap, after an optional cast: `(uint8_t) strnlen(s, 254)`, `strnlen(s, sizeof b)`. */
const CAPPED_MEASURE = /^(\(\s*[\w\s]+\)\s*)?strnlen\s*\([^;]*,\s*(\d+|[A-Z][A-Z0-9_]*|sizeof\b[^;,]*)\s*\)$/s;

/** Every value `name` gets before `at` in its function is clamped (`len = n < cap - 1 ? n : cap - 1;`). */
export function clampedWhenSet(name: string, at: SyntaxNode, ctx: RuleContext): boolean {
  if (enclosingParameterNames(at).has(name)) return false;
  const sets = ctx.assignmentsTo(scopeOf(at), name).filter((a) => a.node.endIndex <= at.startIndex);
  return (
    sets.length > 0 && sets.every((a) => CLAMP.test(a.value.text.trim()) || CAPPED_MEASURE.test(a.value.text.trim()))
  );
}

/** Room left under a fixed size: `HASH_BUF_BYTES - used`, `sizeof(buf) - off` (never more than the constant). */
const ROOM_LEFT = /^\(?\s*(sizeof\b[^-;]*|[A-Z][A-Z0-9_]*)\s*-\s*[^;]+$/s;

/**
 * Every value `name` gets before `at` is the room left under a fixed size: as a copy length it cannot pass that
 * size (whether the subtraction wraps is c-length-underflow's question). Not for indexes: `SIZE - 0` is one past.
 */
export function roomLeftWhenSet(name: string, at: SyntaxNode, ctx: RuleContext): boolean {
  if (enclosingParameterNames(at).has(name)) return false;
  const sets = ctx.assignmentsTo(scopeOf(at), name).filter((a) => a.node.endIndex <= at.startIndex);
  return sets.length > 0 && sets.every((a) => ROOM_LEFT.test(a.value.text.trim()));
}
