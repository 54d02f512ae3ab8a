// CWE-862 missing authorisation: a handler that knows its user (an authentication check is in sight) fetches a record
// by an id taken from the request and never relates the record to that user: no owner or user-id comparison, no
// scoping filter, no role or policy check. A finding when the handler changes or deletes the record; a note when it
// only reads it (many records are public to every signed-in user, and only the absence is seen).
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';
import type { RuleContext } from '../RuleContext';
import { AUTHENTICATION, OWNERSHIP_OR_ROLE, withoutPresenceTests } from '../ruleParts/accessChecks';
import { webHandlerScope } from '../ruleParts/webHandlerScope';
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { functionsByName } from '../stringShape';
import { onlyOwnIds, sessionDictionaryRead } from '../ruleParts/signedInUserId';

const WEB = ['python', 'javascript', 'typescript', 'go', 'java', 'csharp', 'php'] as const;

/** Look-ups of one record by key in ORMs, repositories and stores. */
const BY_KEY_LOOKUP =
  /(^|\.|->|::)(get_or_404|get_object_or_404|first_or_404|one_or_404|filter_by|findById|findByIdAnd(Delete|Update|Remove)|deleteById|findOne|findByPk|findUnique|findFirst|FindAsync|Find|find_by_id|findOrFail|getById|GetById\w*|get_by_id|Find[A-Z]\w*|find[A-Z]\w*ById|get[A-Z]\w*ById|Get[A-Z]\w*ById)$|(?<!request)(\.query|objects|session|[Rr]epo\w*|[Dd]ao|[Ss]tore|db)\.get$/;
/** Statements that fetch or change a row by its id. */
const SQL_BY_ID = /^\s*(['"`]|@"|\$")[^'"`]*\bWHERE\s+(\w+\.)?id\s*=/i;
const SQL_CALL = /(^|\.|->|::)(exec\w*|Exec\w*|query\w*|Query\w*|prepare\w*|Prepare\w*|execute\w*|Execute\w*|raw)$/;
/** An argument that is a record id (`doc_id`, `pid`, `req.params.id`, `pk=pk`, `$_GET['id']`). */
const ID_TEXT = /(^|[^\w])(\w*id|\w*Id|ID|pk|\w+ID)\b|\[['"]\w*id['"]\]/;

/** The handler changes or removes what it fetched. */
const MUTATION =
  /(\.|->)(delete|remove|destroy|save|commit|update|Update|Remove|SaveChanges\w*|set[A-Z]\w*)\s*\(|DELETE\s+FROM|UPDATE\s+\w+\s+SET|findByIdAnd(Delete|Update|Remove)|\b\w+\.\w+\s*=(?!=)/;

function fetchesById(call: CallInfo, ctx: RuleContext): boolean {
  if (SQL_CALL.test(call.name))
    return SQL_BY_ID.test(call.args[0]?.text ?? '') && !onlyOwnIds(call.args.slice(1), ID_TEXT, ctx);
  if (!BY_KEY_LOOKUP.test(call.name) || sessionDictionaryRead(call)) return false;
  if (onlyOwnIds([...call.args, ...call.keywords.values()], ID_TEXT, ctx)) return false;
  const keywords = [...call.keywords].map(([k, v]) => `${k}=${v.text}`);
  return [...call.args.map((a) => a.text), ...keywords].some((t) => ID_TEXT.test(t));
}

/** Bodies of the file's own functions the handler calls (`projectFor(req.user, id)` scoping its query by owner). */
function calledHelpers(handler: SyntaxNode, ctx: RuleContext): string {
  const byName = functionsByName(ctx);
  return ctx
    .callsWithin(handler.startIndex, handler.endIndex)
    .map((c) => byName.get(c.name.replace(/^(this|self)\./, ''))?.[0]?.text ?? '')
    .join('\n');
}

function unrelatedRecord(call: CallInfo, ctx: RuleContext): boolean {
  if (!fetchesById(call, ctx)) return false;
  const scope = webHandlerScope(call.node, ctx);
  if (!scope || !(scope.fileAuth || AUTHENTICATION.test(scope.sightText))) return false;
  if (OWNERSHIP_OR_ROLE.test(withoutPresenceTests(scope.sightText))) return false;
  return !OWNERSHIP_OR_ROLE.test(withoutPresenceTests(calledHelpers(scope.node, ctx)));
}

export const objectWithoutOwnershipCheck = callRule({
  id: 'object-without-ownership-check',
  cwe: 'CWE-862',
  severity: 'error',
  languages: [...WEB],
  message:
    'The signed-in user acts on a record chosen by an id from the request, and nothing checks that the record is theirs or that their role allows it.',
  fix: "Compare the record's owner with the signed-in user (or fetch it scoped to that user) and answer 403/404 otherwise; check the role for administrative actions.",
  guardable: false,
  callee: Object.fromEntries(WEB.map((l) => [l, new RegExp(`${BY_KEY_LOOKUP.source}|${SQL_CALL.source}`)])),
  when: unrelatedRecord,
  tierOf: (call, ctx) => (MUTATION.test(webHandlerScope(call.node, ctx)?.node.text ?? '') ? 'finding' : 'note'),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe862MissingAuthorization: readonly Rule[] = [objectWithoutOwnershipCheck];
