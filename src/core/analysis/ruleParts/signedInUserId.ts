// The signed-in user's own id (`staff_id = session.get("staff_id")`, `current_user.id`, `request.user.pk`): a record
// fetched or changed by it is the caller's own, so no ownership check is missing (object-without-ownership-check).
// Flask's `session.get("key")` reads the signed session dictionary; SQLAlchemy's `session.get(Model, id)` takes a class.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { IDENTIFIER_TYPES, scopeOf, walk } from '../walk';

/** Reads of the signed-in user or the server-kept session, whose id is the caller's own. */
const OWN_ID =
  /^(flask\.)?session\s*(\.get\s*\(|\[)|^(current_user|g\.user|g\.staff|request\.user|self\.request\.user|g\.current_user)\.(id|pk)$/;

/** `session.get("staff_id")`: a read of the session dictionary by a literal key, not a record look-up. */
export function sessionDictionaryRead(call: CallInfo): boolean {
  return /(^|\.)session\.get$/.test(call.name) && /^['"]/.test(call.args[0]?.text ?? '');
}

/** The value is the signed-in user's id, directly or through a local assigned only from one. */
function ownId(value: SyntaxNode, ctx: RuleContext): boolean {
  if (OWN_ID.test(value.text)) return true;
  if (!IDENTIFIER_TYPES.has(value.type)) return false;
  const assigned = ctx.assignmentsTo(scopeOf(value), value.text);
  return assigned.length > 0 && assigned.every((a) => OWN_ID.test(a.value.text));
}

/** Every id-like name among the values (`staff_id`, `current_user.id`) is the signed-in user's own. */
export function onlyOwnIds(values: readonly SyntaxNode[], idText: RegExp, ctx: RuleContext): boolean {
  const ids = values
    .flatMap((v) => [...walk(v)])
    // Whole access paths only: `current_user.id`, not its parts `current_user` and `id`.
    .filter((n) => (IDENTIFIER_TYPES.has(n.type) || n.type === 'attribute') && n.parent?.type !== 'attribute')
    .filter((n) => idText.test(n.text));
  return ids.length > 0 && ids.every((n) => ownId(n, ctx));
}
