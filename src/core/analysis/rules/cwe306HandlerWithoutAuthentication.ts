// CWE-306, missing-check round: a web handler that deletes records, changes a credential or role, or moves money,
// with no authentication anywhere in sight (its decorators, middleware, annotations, attributes, body, or a
// router-wide hook of the file). The evidence is an absence, so the rule asks for strong context: a web handler and a
// sensitive operation on a data store. A finding when the operation is privileged by what it touches (an admin route,
// users, accounts, roles, credentials, money); a note for the deletion of an ordinary record, which many small apps
// leave open on purpose (on the dev set the rule fired on 2 secure Python samples, all plain record deletes, before
// this split). The rule stays silent as soon as anything that could authenticate appears.
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';
import type { RuleContext } from '../RuleContext';
import {
  AUTHENTICATION,
  CREDENTIAL_OR_ROLE_CHANGE,
  DATA_RECEIVER,
  OPEN_BY_DESIGN,
  RECORD_DELETE,
  SENSITIVE_SQL,
} from '../ruleParts/accessChecks';
import { webHandlerScope } from '../ruleParts/webHandlerScope';

const WEB = ['python', 'javascript', 'typescript', 'go', 'java', 'csharp', 'php'] as const;

/** Calls that may run a SQL statement (its text is read for DELETE / UPDATE of a sensitive column). */
const SQL_CALL = /(^|\.|->|::)(exec\w*|Exec\w*|query\w*|Query\w*|prepare\w*|Prepare\w*|execute\w*|Execute\w*|raw|run)$/;

/** `User.objects.filter(pk=pk).delete` has the receiver `User.objects.filter`: argument lists are dropped. */
const receiverOf = (name: string): string =>
  name.replace(/(\.|->|::)\w+$/, '').replace(/\((?:[^()]|\([^()]*\))*\)/g, '');

/** The call deletes a record, changes a credential or role, or moves money. */
export function sensitiveOperation(call: CallInfo): 'delete' | 'credential' | 'sql' | null {
  if (RECORD_DELETE.test(call.name) && DATA_RECEIVER.test(receiverOf(call.name))) return 'delete';
  if (CREDENTIAL_OR_ROLE_CHANGE.test(call.name)) return 'credential';
  if (SQL_CALL.test(call.name) && SENSITIVE_SQL.test(call.args[0]?.text ?? '')) return 'sql';
  return null;
}

const CALLEE = new RegExp(`${RECORD_DELETE.source}|${CREDENTIAL_OR_ROLE_CHANGE.source}|${SQL_CALL.source}`);

/** What the handler touches is privileged: an admin route, user accounts, roles. */
const PRIVILEGED = /admin|Admin|ADMIN|user|User|USER|account|Account|ACCOUNT|member|Member|role|Role|staff|Staff/;

function unauthenticatedSensitive(call: CallInfo, ctx: RuleContext): boolean {
  const kind = sensitiveOperation(call);
  if (!kind) return false;
  const scope = webHandlerScope(call.node, ctx);
  if (!scope || scope.fileAuth || AUTHENTICATION.test(scope.sightText)) return false;
  // Sign-up, log-in and reset-by-token routes set passwords for callers who are not signed in, by design.
  return kind !== 'credential' || !OPEN_BY_DESIGN.test(scope.routeText);
}

export const handlerWithoutAuthentication = callRule({
  id: 'handler-without-authentication',
  cwe: 'CWE-306',
  severity: 'error',
  languages: [...WEB],
  message:
    'This request handler deletes records, changes a credential or role, or moves money, and no authentication check is in sight.',
  fix: 'Require a signed-in user (login decorator, auth middleware, [Authorize], @PreAuthorize, a session check) before the operation, and check the role it needs.',
  guardable: false,
  callee: Object.fromEntries(WEB.map((l) => [l, CALLEE])),
  when: unauthenticatedSensitive,
  tierOf: (call, ctx) => {
    if (sensitiveOperation(call) === 'credential') return 'finding';
    const route = webHandlerScope(call.node, ctx)?.routeText ?? '';
    return PRIVILEGED.test(`${route} ${call.node.text}`) ? 'finding' : 'note';
  },
});
